import { Check } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../electron/api/vocabularyCodes';
import { isolate } from '../../i18n/isolate';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { goBack, navigate } from '../shell/navigation';
import { isMac } from '../shell/useGlobalShortcuts';
import type { Draft } from './draft';
import { EditorProvider, useErrorMessage } from './EditorContext';
import { ClassificationGroup, ContentGroup, ContextGroup, IdentityGroup, SourcesGroup } from './FormGroups';
import { keepDraft } from './keptDrafts';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';
import { draftErrors } from './validateDraft';
import { rememberCreated } from './createdItems';

/** The form of one item, saving itself as it is filled in. */
export function EditorForm({
  itemId: givenId,
  kind,
  initialDraft,
  isKept = false,
  saved,
  savedAt,
}: {
  itemId?: string;
  kind: ItemKind;
  initialDraft: Draft;
  /** The draft holds values left unsaved last time. */
  isKept?: boolean;
  saved: Readonly<Record<string, unknown>>;
  savedAt?: Date;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [draft, setDraft] = useState(initialDraft);
  const [itemId, setItemId] = useState(givenId);
  const [isLeaving, setIsLeaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const setField = useCallback((field: string, value: unknown) => setDraft((current) => ({ ...current, [field]: value })), []);
  const onCreated = useCallback(
    (id: string) => {
      setItemId(id);
      rememberCreated(id, kind);
      navigate({ itemId: id, isEditing: true, newKind: undefined }, { isReplace: true });
    },
    [kind],
  );
  const autosave = useAutosave({ id: itemId, draft, saved, savedAt, onCreated });
  const { saveNow, errors } = autosave;

  // What cannot be saved is kept for the next visit when the editor is left some other way than through Done.
  const latestDraft = useRef(draft);
  useLayoutEffect(() => {
    latestDraft.current = draft;
  });
  const isDiscarded = useRef(false);
  useEffect(
    () => () => {
      const id = itemId;
      if (id && !isDiscarded.current && Object.keys(draftErrors(latestDraft.current)).length > 0) keepDraft(id, latestDraft.current);
    },
    [itemId],
  );

  const focusFirstError = useCallback(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, []);

  const close = useCallback(() => {
    if (itemId) navigate({ isEditing: undefined });
    else goBack();
  }, [itemId]);

  const leave = useCallback(async () => {
    const isSaved = await saveNow();
    if (isSaved || latestDraft.current === initialDraft) close();
    else setIsLeaving(true);
  }, [saveNow, close, initialDraft]);

  // Ctrl/Cmd+S anywhere in the window while the editor is open: save now, not the browser's "save page as".
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((isMac ? event.metaKey : event.ctrlKey) && event.code === 'KeyS') {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [saveNow]);

  const onKeyDown = (event: KeyboardEvent) => {
    // A picker closing its list, or a dialog, takes Escape for itself.
    if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void leave();
  };

  const titleRef = useRef(false);
  useEffect(() => {
    // Start where the cataloguer starts: the title.
    if (titleRef.current) return;
    titleRef.current = true;
    document.getElementById('editor-title')?.focus();
  }, []);

  const editor = useMemo(() => ({ draft, setField, errors, itemId }), [draft, setField, errors, itemId]);
  const title = typeof draft.title === 'string' && draft.title.trim() !== '' ? draft.title : undefined;
  const refused = Object.entries(draftErrors(draft));

  return (
    <EditorProvider value={editor}>
      <div className="item-editor" onKeyDown={onKeyDown}>
        <header className="editor-header">
          <div className="editor-heading">
            <span className={`kind-badge kind-${kind}`}>{t(`kind.${kind}`)}</span>
            <h2 className="editor-title">
              {itemId ? t('app.editor.editing', { title: isolate(title ?? '') }) : t(`app.editor.new.${kind}`)}
            </h2>
          </div>
          <div className="editor-actions">
            <SaveStatus state={autosave.state} lastSavedAt={autosave.lastSavedAt} />
            <button type="button" className="button" onClick={() => void leave()} aria-keyshortcuts="Escape">
              <Check size={16} aria-hidden="true" />
              {t('app.editor.done')}
            </button>
          </div>
        </header>
        {isKept && <p className="banner editor-kept">{t('app.editor.kept')}</p>}
        <form
          ref={formRef}
          className="editor-form"
          noValidate
          aria-label={t('app.editor.formLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            void saveNow();
          }}
        >
          <IdentityGroup kind={kind} />
          <ClassificationGroup />
          <ContextGroup kind={kind} />
          <ContentGroup kind={kind} />
          <SourcesGroup />
        </form>
      </div>
      <ConfirmDialog
        isOpen={isLeaving}
        title={t('app.editor.leaveTitle')}
        confirmLabel={t('app.editor.leaveConfirm')}
        onConfirm={() => {
          // What was valid is saved as the editor closes; the refused values are dropped.
          isDiscarded.current = true;
          close();
        }}
        onClose={() => {
          setIsLeaving(false);
          window.setTimeout(focusFirstError);
        }}
      >
        <p>{t('app.editor.leaveText', { count: refused.length })}</p>
        <ul className="leave-problems">
          {refused.map(([field, error]) => (
            <li key={field}>{message(field, error)}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </EditorProvider>
  );
}
