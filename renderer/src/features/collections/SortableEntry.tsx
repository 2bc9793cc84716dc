import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical, Heading, MoreHorizontal, NotebookPen, X } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../i18n/isolate';
import { EntryNote } from './EntryNote';
import { entryName } from './entryName';
import { MenuButton, type MenuChoice } from './MenuButton';
import { SectionForm } from './SectionForm';
import type { KeyedEntry } from './useBuilderEntries';

/** What can be done to one entry; positions are worked out by the list, which knows the current order. */
export interface EntryActions {
  moveBy(step: number): void;
  remove(): void;
  setNote(note: string): void;
  addSectionBelow(heading: string): Promise<boolean>;
}

/**
 * One entry of the builder: a section heading, or an item with its note. Its handle moves it by drag, or by
 * keyboard (Space to lift, arrows, Space to drop, Escape to cancel); its menu holds the other actions.
 */
export function SortableEntry({
  keyed,
  itemNumber,
  isFirst,
  isLast,
  isActive,
  onOpen,
  actions,
}: {
  keyed: KeyedEntry;
  /** The item's number among the items (sections are not counted). */
  itemNumber: number;
  isFirst: boolean;
  isLast: boolean;
  isActive: boolean;
  onOpen(id: string): void;
  actions: EntryActions;
}) {
  const { t } = useTranslation();
  const { entry } = keyed;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: keyed.key,
    attributes: { roleDescription: t('app.collection.dnd.roleDescription') },
  });
  const handleRef = useRef<HTMLButtonElement | null>(null);
  const [isEditingNote, setIsEditingNote] = useState(false);
  const [isAddingSection, setIsAddingSection] = useState(false);
  const name = entry.type === 'item' ? entry.title : entry.heading;

  const choices: MenuChoice[] = [
    {
      key: 'up',
      label: t('app.collection.moveUp'),
      icon: <ArrowUp size={16} aria-hidden="true" />,
      isDisabled: isFirst,
      onSelect: () => actions.moveBy(-1),
    },
    {
      key: 'down',
      label: t('app.collection.moveDown'),
      icon: <ArrowDown size={16} aria-hidden="true" />,
      isDisabled: isLast,
      onSelect: () => actions.moveBy(1),
    },
    ...(entry.type === 'item'
      ? [
          {
            key: 'note',
            label: entry.note ? t('app.collection.editNote') : t('app.collection.addNote'),
            icon: <NotebookPen size={16} aria-hidden="true" />,
            onSelect: () => setIsEditingNote(true),
          },
        ]
      : []),
    {
      key: 'section',
      label: t('app.collection.addSectionBelow'),
      icon: <Heading size={16} aria-hidden="true" />,
      onSelect: () => setIsAddingSection(true),
    },
    {
      key: 'remove',
      label: entry.type === 'item' ? t('app.collection.removeItem') : t('app.collection.removeSection'),
      icon: <X size={16} aria-hidden="true" />,
      onSelect: actions.remove,
    },
  ];

  return (
    <li
      ref={setNodeRef}
      className={`builder-entry builder-${entry.type}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="builder-row">
        <button
          type="button"
          ref={(element) => {
            handleRef.current = element;
            setActivatorNodeRef(element);
          }}
          className="entry-handle"
          {...attributes}
          {...listeners}
          aria-label={
            entry.type === 'item'
              ? t('app.collection.moveItem', { title: isolate(name) })
              : t('app.collection.moveSection', { heading: isolate(name) })
          }
        >
          <GripVertical size={16} aria-hidden="true" />
        </button>
        {entry.type === 'section' ? (
          <h3 className="builder-section-heading" dir="auto">
            {entry.heading}
          </h3>
        ) : (
          <button
            type="button"
            className="collection-item builder-item-button"
            data-item-id={entry.itemId}
            aria-current={isActive}
            onClick={() => onOpen(entry.itemId)}
          >
            <span className="entry-position" aria-hidden="true">
              {itemNumber}
            </span>
            <span className="entry-text">
              <span className="entry-title" dir="auto">
                {entry.title}
              </span>
              {entry.isInTrash && <span className="status-note entry-trash">{t('app.collection.inTrash')}</span>}
            </span>
          </button>
        )}
        <MenuButton
          label={t('app.collection.entryActions', { name: entryName(t, entry) })}
          choices={choices}
          className="icon-button entry-menu-button"
        >
          <MoreHorizontal size={16} aria-hidden="true" />
        </MenuButton>
      </div>
      {entry.type === 'item' && (
        <EntryNote
          note={entry.note}
          title={entry.title}
          isEditing={isEditingNote}
          onSave={actions.setNote}
          onDone={(isByEscape) => {
            setIsEditingNote(false);
            if (isByEscape) handleRef.current?.focus();
          }}
        />
      )}
      {isAddingSection && (
        <SectionForm
          onAdd={async (heading) => {
            const isAdded = await actions.addSectionBelow(heading);
            if (isAdded) setIsAddingSection(false);
            return isAdded;
          }}
          onCancel={() => {
            setIsAddingSection(false);
            handleRef.current?.focus();
          }}
        />
      )}
    </li>
  );
}
