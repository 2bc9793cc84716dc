import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One choice in a menu. */
export interface MenuChoice {
  readonly key: string;
  readonly label: string;
  readonly icon?: ReactNode;
  readonly isDisabled?: boolean;
  onSelect(): void;
}

/**
 * A button that opens a list of actions, after the WAI-ARIA menu button pattern: Enter, Space or ↓ opens it on
 * the first choice (↑ on the last), arrows move round it, Home and End jump, Escape closes it and gives the
 * focus back to the button, and Tab or a click elsewhere closes it.
 */
export function MenuButton({
  label,
  children,
  choices,
  className = 'icon-button',
}: {
  /** The button's accessible name, when its content is only an icon; also its tooltip. */
  label?: string;
  children: ReactNode;
  choices: readonly MenuChoice[];
  className?: string;
}) {
  const menuId = useId();
  const buttonId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [openOn, setOpenOn] = useState<'first' | 'last' | null>(null);
  const isOpen = openOn !== null;

  const menuItems = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];

  useEffect(() => {
    if (!openOn) return;
    const items = menuItems();
    (openOn === 'first' ? items[0] : items.at(-1))?.focus();
    const closeOnOutsidePress = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', closeOnOutsidePress);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress);
  }, [openOn]);

  const close = () => {
    setOpenOn(null);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      // The arrows go round: past the last choice is the first.
      items[(next + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setOpenOn(null);
  };

  return (
    <div ref={wrapperRef} className="menu-button">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={className}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => setOpenOn(isOpen ? null : 'first')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpenOn(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {children}
      </button>
      {isOpen && (
        <ul ref={menuRef} id={menuId} className="menu" role="menu" aria-labelledby={buttonId} onKeyDown={onMenuKeyDown}>
          {choices.map((choice) => (
            <li key={choice.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={choice.isDisabled}
                onClick={() => {
                  close();
                  choice.onSelect();
                }}
              >
                {choice.icon}
                <span dir="auto">{choice.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
