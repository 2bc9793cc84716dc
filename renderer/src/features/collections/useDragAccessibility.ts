import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { entryName } from './entryName';
import type { KeyedEntry } from './useBuilderEntries';

/**
 * What dnd-kit says to a screen reader while an entry is moved, in the interface language: how to move it, and
 * where it is at each step (dnd-kit's own messages are in English and name entries by their internal keys).
 */
export function useDragAccessibility(entries: readonly KeyedEntry[]): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useTranslation();
  const language = useLanguage();
  const total = formatNumber(language, entries.length);
  const indexOf = (id: UniqueIdentifier) => entries.findIndex((entry) => entry.key === id);
  const name = (id: UniqueIdentifier) => {
    const entry = entries[indexOf(id)]?.entry;
    return entry ? entryName(t, entry) : '';
  };
  const position = (id: UniqueIdentifier) => formatNumber(language, indexOf(id) + 1);
  // dnd-kit reports the entry over its own place as soon as it is lifted, and again while it stays over the same
  // place: only a change of place is worth saying (it would otherwise replace "lifted" at once).
  const lastOver = useRef<UniqueIdentifier>(undefined);

  return {
    screenReaderInstructions: { draggable: t('app.collection.dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => {
        lastOver.current = active.id;
        return t('app.collection.dnd.picked', { name: name(active.id), position: position(active.id), total });
      },
      onDragOver: ({ active, over }) => {
        if (over?.id === lastOver.current) return undefined;
        lastOver.current = over?.id;
        return over
          ? t('app.collection.dnd.over', { name: name(active.id), position: position(over.id), total })
          : t('app.collection.dnd.outside', { name: name(active.id) });
      },
      onDragEnd: ({ active, over }) =>
        over
          ? t('app.collection.dnd.dropped', { name: name(active.id), position: position(over.id), total })
          : t('app.collection.dnd.cancelled', { name: name(active.id), position: position(active.id) }),
      onDragCancel: ({ active }) => t('app.collection.dnd.cancelled', { name: name(active.id), position: position(active.id) }),
    },
  };
}
