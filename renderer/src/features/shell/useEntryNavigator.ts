import { useImperativeHandle, useRef, type Ref } from 'react';
import type { ListNavigator } from './ListNavigator';

/**
 * The keyboard's way through a short list of item buttons (a collection, the trash): each button carries
 * `data-item-id`, the open one `aria-current="true"`. Returns the ref for the list element.
 */
export function useEntryNavigator<T extends HTMLElement>({
  itemIds,
  activeId,
  onOpen,
  navigatorRef,
}: {
  itemIds: readonly string[];
  activeId: string | undefined;
  onOpen(id: string): void;
  navigatorRef: Ref<ListNavigator>;
}) {
  const listRef = useRef<T>(null);
  useImperativeHandle(navigatorRef, () => ({
    move(step) {
      const index = itemIds.indexOf(activeId ?? '');
      const next = itemIds[Math.min(Math.max((index === -1 && step < 0 ? itemIds.length : index) + step, 0), itemIds.length - 1)];
      if (next === undefined) return;
      onOpen(next);
      listRef.current?.querySelector<HTMLElement>(`[data-item-id="${next}"]`)?.focus();
    },
    focus() {
      const list = listRef.current;
      (list?.querySelector<HTMLElement>('[aria-current="true"]') ?? list?.querySelector<HTMLElement>('[data-item-id]'))?.focus();
    },
  }));
  return listRef;
}
