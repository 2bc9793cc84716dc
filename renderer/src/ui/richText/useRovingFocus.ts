import { useState, type KeyboardEvent } from 'react';

/**
 * One tab stop for a row of controls (the WAI-ARIA toolbar pattern): the arrow keys move between them, in the
 * direction the interface reads, Home and End go to either end, and Tab leaves the row. `keys` names the
 * controls in order; controls carry `data-roving-key`.
 */
export function useRovingFocus(keys: readonly string[]): {
  tabIndexOf(key: string): 0 | -1;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(key: string): void;
} {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  // A control that disappeared (the table buttons when the caret leaves a table) gives its tab stop to the first.
  const active = current !== undefined && keys.includes(current) ? current : keys[0];
  return {
    tabIndexOf: (key) => (key === active ? 0 : -1),
    onFocus: setCurrent,
    onKeyDown(event) {
      const isRtl = getComputedStyle(event.currentTarget).direction === 'rtl';
      const step = { ArrowRight: isRtl ? -1 : 1, ArrowLeft: isRtl ? 1 : -1 }[event.key];
      const index = active === undefined ? 0 : keys.indexOf(active);
      const target =
        step !== undefined
          ? keys[(index + step + keys.length) % keys.length]
          : event.key === 'Home'
            ? keys[0]
            : event.key === 'End'
              ? keys[keys.length - 1]
              : undefined;
      if (target === undefined) return;
      event.preventDefault();
      setCurrent(target);
      event.currentTarget.querySelector<HTMLElement>(`[data-roving-key="${target}"]`)?.focus();
    },
  };
}
