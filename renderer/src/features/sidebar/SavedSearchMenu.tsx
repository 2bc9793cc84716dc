import { MoreHorizontal } from 'lucide-react';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What can be done to a saved search from its menu. */
export type SavedSearchAction = 'rename' | 'delete';

const actions: readonly SavedSearchAction[] = ['rename', 'delete'];

/**
 * The menu of one saved search (the WAI-ARIA menu button pattern): the button opens it with the first entry
 * focused, arrow keys move, Enter chooses, Escape or Tab closes it. The entry's context menu (right click,
 * Shift+F10, the Menu key) opens the same menu.
 */
export function SavedSearchMenu({
  name,
  isOpen,
  onOpenChange,
  onChoose,
}: {
  name: string;
  isOpen: boolean;
  onOpenChange(isOpen: boolean): void;
  onChoose(action: SavedSearchAction): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (isOpen) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [isOpen]);

  const close = () => {
    onOpenChange(false);
    buttonRef.current?.focus();
  };

  const move = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const targets: Record<string, number> = {
      ArrowDown: (index + 1) % entries.length,
      ArrowUp: (index - 1 + entries.length) % entries.length,
      Home: 0,
      End: entries.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') onOpenChange(false);
    else if (targets[event.key] !== undefined) {
      event.preventDefault();
      entries[targets[event.key] as number]?.focus();
    }
  };

  return (
    <div className="saved-search-menu">
      <button
        ref={buttonRef}
        type="button"
        className="saved-search-menu-button"
        aria-label={t('app.savedSearches.menuLabel', { name })}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? `${id}-menu` : undefined}
        onClick={() => onOpenChange(!isOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onOpenChange(true);
          }
        }}
      >
        <MoreHorizontal size={16} aria-hidden="true" />
      </button>
      {isOpen && (
        <ul
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          className="saved-search-menu-list"
          aria-label={t('app.savedSearches.menuLabel', { name })}
          onKeyDown={move}
          onBlur={(event) => {
            // The focus left the menu (a click elsewhere): it closes, as a menu does.
            if (!event.currentTarget.contains(event.relatedTarget) && event.relatedTarget !== buttonRef.current) onOpenChange(false);
          }}
        >
          {actions.map((action) => (
            <li
              key={action}
              role="menuitem"
              tabIndex={-1}
              className={action === 'delete' ? 'saved-search-menu-item saved-search-menu-danger' : 'saved-search-menu-item'}
              onClick={() => {
                close();
                onChoose(action);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                close();
                onChoose(action);
              }}
            >
              {t(`app.savedSearches.${action}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
