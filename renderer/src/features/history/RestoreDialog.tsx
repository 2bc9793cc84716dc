import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Revision } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * Asks before making a revision's content current again. A native modal dialog keeps the keyboard inside it,
 * closes on Escape and gives the focus back to the button that opened it.
 */
export function RestoreDialog({
  itemId,
  revision,
  isOpen,
  onClose,
  onRestored,
}: {
  itemId: string;
  revision: Revision;
  isOpen: boolean;
  onClose(): void;
  onRestored(): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const restoreRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<AppError>();
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (isOpen && !dialog?.open) {
      setError(undefined);
      dialog?.showModal();
      // Nothing is lost by restoring (the current content stays in the history), so Enter may confirm at once.
      restoreRef.current?.focus();
    } else if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);

  const restore = async () => {
    setBusy(true);
    const result = await callChange('items.restoreRevision', { id: itemId, hash: revision.hash });
    setBusy(false);
    if (result.ok) onRestored();
    else setError(result.error);
  };

  const number = formatNumber(language, revision.number);
  return (
    <dialog ref={dialogRef} className="restore-dialog" aria-labelledby="restore-title" onClose={() => onClose()}>
      <h2 id="restore-title">{t('app.history.restoreTitle', { number })}</h2>
      <p>{t('app.history.restoreExplanation')}</p>
      {error && <ErrorMessage error={error} />}
      <div className="restore-dialog-actions">
        <button type="button" className="button button-secondary" onClick={() => onClose()}>
          {t('app.cancel')}
        </button>
        <button ref={restoreRef} type="button" className="button" disabled={isBusy} onClick={() => void restore()}>
          {t('app.history.restore')}
        </button>
      </div>
    </dialog>
  );
}
