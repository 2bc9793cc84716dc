import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { imageMediaTypes } from './safeUrl';
import { useModalDialog } from '../useModalDialog';

// Each revision of an item keeps its whole body: a big picture would be copied into every autosave.
const maxImageMegabytes = 2;

type Problem = 'imageMissing' | 'imageWrongType' | 'imageTooLarge' | 'imageUnreadable';

/** Chooses an image file and its description; the image goes into the item as a data: address. */
export function ImageDialog({
  isOpen,
  onInsert,
  onClose,
}: {
  isOpen: boolean;
  onInsert(image: { src: string; alt: string }): void;
  /** Called however the dialog closes. */
  onClose(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { dialogRef, initialFocus, restoreFocus } = useModalDialog<HTMLInputElement>(isOpen);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [wasOpen, setWasOpen] = useState(false);
  if (isOpen !== wasOpen) {
    setWasOpen(isOpen);
    if (isOpen) {
      setFile(null);
      setAlt('');
      setProblem(null);
    }
  }

  const check = (chosen: File | null): Problem | null =>
    chosen === null
      ? 'imageMissing'
      : !(imageMediaTypes as readonly string[]).includes(chosen.type)
        ? 'imageWrongType'
        : chosen.size > maxImageMegabytes * 1024 * 1024
          ? 'imageTooLarge'
          : null;

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
          const found = check(file);
          if (found || !file) {
            setProblem(found);
            initialFocus.current?.focus();
            return;
          }
          const reader = new FileReader();
          reader.onload = () => {
            onInsert({ src: String(reader.result), alt: alt.trim() });
            onClose();
          };
          reader.onerror = () => setProblem('imageUnreadable');
          reader.readAsDataURL(file);
        }}
      >
        <h2 id={`${id}-title`}>{t('app.richText.imageTitle')}</h2>
        <label htmlFor={`${id}-file`}>{t('app.richText.imageFile')}</label>
        <input
          ref={initialFocus}
          id={`${id}-file`}
          type="file"
          accept={imageMediaTypes.join(',')}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setProblem(chosen ? check(chosen) : null);
          }}
          aria-invalid={problem !== null || undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="rich-text-dialog-hint">
          {t('app.richText.imageHint', { max: maxImageMegabytes })}
        </p>
        {problem && (
          <p id={`${id}-error`} className="rich-text-dialog-error" role="alert">
            {t(`app.richText.${problem}`, { max: maxImageMegabytes })}
          </p>
        )}
        <label htmlFor={`${id}-alt`}>{t('app.richText.imageAlt')}</label>
        <input id={`${id}-alt`} type="text" dir="auto" value={alt} onChange={(event) => setAlt(event.target.value)} />
        <div className="rich-text-dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => onClose()}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button">
            {t('app.richText.insertImage')}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
