import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { linkFromInput } from './safeUrl';
import { useModalDialog } from '../useModalDialog';

/** Asks for a link's address, to add, change or remove it. Only addresses the core keeps are accepted. */
export function LinkDialog({
  isOpen,
  initialHref,
  onApply,
  onRemove,
  onClose,
}: {
  isOpen: boolean;
  /** The address of the link being edited; empty for a new link. */
  initialHref: string;
  onApply(href: string): void;
  onRemove(): void;
  /** Called however the dialog closes. */
  onClose(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { dialogRef, initialFocus, restoreFocus } = useModalDialog<HTMLInputElement>(isOpen);
  const [typed, setTyped] = useState(initialHref);
  const [isInvalid, setIsInvalid] = useState(false);
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  // Each opening starts from the link under the caret, not from what was typed the last time.
  if (isOpen && openedFor !== initialHref) {
    setOpenedFor(initialHref);
    setTyped(initialHref);
    setIsInvalid(false);
  } else if (!isOpen && openedFor !== null) setOpenedFor(null);

  // In the document's body, not inside the form that holds the editor: a form within a form would submit the
  // outer one. React still bubbles the submit to that form's handler, hence stopPropagation.
  return createPortal(
    <dialog
      ref={dialogRef}
      className="rich-text-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        onClose();
        restoreFocus();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          const href = linkFromInput(typed);
          if (href === null) {
            setIsInvalid(true);
            initialFocus.current?.focus();
            return;
          }
          onApply(href);
          onClose();
        }}
      >
        <h2 id={`${id}-title`}>{t(initialHref ? 'app.richText.editLinkTitle' : 'app.richText.addLinkTitle')}</h2>
        <label htmlFor={`${id}-href`}>{t('app.richText.linkAddress')}</label>
        <input
          ref={initialFocus}
          id={`${id}-href`}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          dir="ltr"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setIsInvalid(false);
          }}
          aria-invalid={isInvalid || undefined}
          aria-describedby={`${id}-hint${isInvalid ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="rich-text-dialog-hint">
          {t('app.richText.linkHint')}
        </p>
        {isInvalid && (
          <p id={`${id}-error`} className="rich-text-dialog-error" role="alert">
            {t('app.richText.linkInvalid')}
          </p>
        )}
        <div className="rich-text-dialog-actions">
          {initialHref && (
            <button
              type="button"
              className="button button-danger-quiet rich-text-dialog-remove"
              onClick={() => {
                onRemove();
                onClose();
              }}
            >
              {t('app.richText.removeLink')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => onClose()}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button">
            {t('app.richText.applyLink')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
