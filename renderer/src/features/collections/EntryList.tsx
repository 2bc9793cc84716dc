import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { entryName } from './entryName';
import { SortableEntry, type EntryActions } from './SortableEntry';
import type { KeyedEntry, useBuilderEntries } from './useBuilderEntries';
import { useDragAccessibility } from './useDragAccessibility';

/** The builder's list: the entries in the trainer's order, moved by drag or by keyboard, each with its actions. */
export function EntryList({
  entries,
  edit,
  activeId,
  onOpen,
  onStatus,
  listRef,
}: {
  entries: readonly KeyedEntry[];
  edit: ReturnType<typeof useBuilderEntries>['edit'];
  activeId: string | undefined;
  onOpen(id: string): void;
  /** Says what a change did, for the status line. */
  onStatus(message: string): void;
  listRef: RefObject<HTMLOListElement | null>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so that a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useDragAccessibility(entries);
  // A note is saved some time after it is typed: by then the entry may have moved, so positions are looked up
  // in the list as it is when the call leaves.
  const latest = useRef(entries);
  useEffect(() => {
    latest.current = entries;
  }, [entries]);
  const positionOf = (key: string) => latest.current.findIndex((keyed) => keyed.key === key) + 1;
  // After a removal, the keyboard goes to the entry now in that place, so that it is not left on nothing.
  const focusAfterRemoval = useRef<number>(undefined);
  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === undefined) return;
    focusAfterRemoval.current = undefined;
    const handles = listRef.current?.querySelectorAll<HTMLElement>('.entry-handle');
    handles?.[Math.min(index, handles.length - 1)]?.focus();
  }, [entries, listRef]);

  const nameOf = (keyed: KeyedEntry) => entryName(t, keyed.entry);

  /** Moves an entry; a move made from the menu is said in the status line (dnd-kit announces its own). */
  const move = async (from: number, to: number, { isFromMenu = false } = {}) => {
    const moved = entries[from - 1];
    if (!moved || from === to) return;
    const isMoved = await edit({ op: 'collections.moveEntry', input: { from, to } }, (list) => arrayMove([...list], from - 1, to - 1));
    if (isMoved && isFromMenu) {
      onStatus(
        t('app.collection.dnd.dropped', {
          name: nameOf(moved),
          position: formatNumber(language, to),
          total: formatNumber(language, entries.length),
        }),
      );
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    void move(positionOf(String(active.id)), positionOf(String(over.id)));
  };

  const actionsFor = (keyed: KeyedEntry): EntryActions => ({
    moveBy: (step) => {
      const from = positionOf(keyed.key);
      void move(from, from + step, { isFromMenu: true });
    },
    remove: async () => {
      const position = positionOf(keyed.key);
      focusAfterRemoval.current = position - 1;
      const isRemoved = await edit({ op: 'collections.removeEntry', input: { position } }, (list) =>
        list.filter((other) => other !== keyed),
      );
      if (isRemoved) onStatus(t('app.collection.removed', { name: nameOf(keyed) }));
    },
    setNote: (note) => {
      const position = positionOf(keyed.key);
      void edit({ op: 'collections.setNote', input: { position, note } }, (list) =>
        list.map((other) =>
          other.key === keyed.key && other.entry.type === 'item' ? { ...other, entry: { ...other.entry, note } } : other,
        ),
      );
    },
    addSectionBelow: async (heading) => {
      const isAdded = await edit({ op: 'collections.addSection', input: { heading, position: positionOf(keyed.key) + 1 } });
      if (isAdded) onStatus(t('app.collection.sectionAdded', { heading: isolate(heading) }));
      return isAdded;
    },
  });

  // Items are numbered among themselves, as a trainer counts them; section headings take no number.
  const itemNumbers = entries.reduce<number[]>(
    (numbers, keyed) => [...numbers, (numbers.at(-1) ?? 0) + (keyed.entry.type === 'item' ? 1 : 0)],
    [],
  );
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <SortableContext items={entries.map((keyed) => keyed.key)} strategy={verticalListSortingStrategy}>
        <ol ref={listRef} className="builder-entries" aria-label={t('app.collection.entriesLabel')}>
          {entries.map((keyed, index) => (
            <SortableEntry
              key={keyed.key}
              keyed={keyed}
              itemNumber={itemNumbers[index] ?? 0}
              isFirst={index === 0}
              isLast={index === entries.length - 1}
              isActive={keyed.entry.type === 'item' && keyed.entry.itemId === activeId}
              onOpen={onOpen}
              actions={actionsFor(keyed)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
