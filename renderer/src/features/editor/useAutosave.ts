import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../electron/api/errors';
import { callChange } from '../../api/callChange';
import { applyChanges, changedFields, type Draft } from './draft';
import { fieldOfError, savableInput, type FieldErrors } from './validateDraft';

/** Where the draft stands against the library. */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  /** A new item cannot be created before it has a title and a language. */
  | { readonly kind: 'incomplete' }
  /** Some fields are refused: they are kept in the form, the rest is saved. */
  | { readonly kind: 'invalid'; readonly error: AppError }
  | { readonly kind: 'failed'; readonly error: AppError };

/** How long after the last change the draft saves itself. */
const autosaveDelay = 1000;

/**
 * Saves a draft: about a second after the last change, and at once when asked (`saveNow`). One save at a time
 * per item; a change made while a save is on its way is saved right after it. Each save is one revision.
 */
export function useAutosave({
  id,
  draft,
  saved,
  savedAt,
  onCreated,
}: {
  /** Undefined for a new item, created by its first valid save. */
  id: string | undefined;
  draft: Draft;
  /** The item as the library has it, in the input format (empty for a new item). */
  saved: Readonly<Record<string, unknown>>;
  /** When the library last saved the item. */
  savedAt: Date | undefined;
  onCreated(id: string): void;
}): {
  state: SaveState;
  /** Problems to show beside their fields. */
  errors: FieldErrors;
  lastSavedAt: Date | undefined;
  /** Saves now; true when everything typed is in the library. */
  saveNow(): Promise<boolean>;
  /** Something typed is not in the library yet. */
  isDirty(): boolean;
} {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [lastSavedAt, setLastSavedAt] = useState(savedAt);
  const latest = useRef({ id, draft, onCreated });
  useLayoutEffect(() => {
    // A new item's id arrives with its first save, before the parent passes it down.
    latest.current = { id: latest.current.id ?? id, draft, onCreated };
  });
  const baseline = useRef(saved);
  const running = useRef<Promise<boolean> | null>(null);
  const isAgain = useRef(false);
  const isExplicit = useRef(false);

  const pendingChanges = useCallback(() => {
    const { input, errors: found } = savableInput(latest.current.draft, baseline.current);
    const changes = input ? changedFields(baseline.current, input) : {};
    return { input, errors: found, changes };
  }, []);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const { input, errors: found, changes } = pendingChanges();
    const isNew = latest.current.id === undefined;
    const onlyMissingBasics =
      isNew &&
      Object.entries(found).every(([field, error]) => error.code === 'input.required' && (field === 'title' || field === 'language'));
    // While a new item is being started, a missing title is not yet a mistake: say what is needed instead.
    setErrors(onlyMissingBasics && !isExplicit.current ? {} : found);
    const firstError = Object.values(found)[0];
    if (!input || Object.keys(changes).length === 0) {
      if (firstError) setState(onlyMissingBasics ? { kind: 'incomplete' } : { kind: 'invalid', error: firstError });
      else setState({ kind: 'saved' });
      return firstError === undefined;
    }
    setState({ kind: 'saving' });
    const itemId = latest.current.id;
    const result =
      itemId === undefined ? await callChange('items.create', input) : await callChange('items.update', { id: itemId, changes });
    if (!result.ok) {
      const field = fieldOfError(result.error);
      if (field) setErrors((shown) => ({ ...shown, [field]: result.error }));
      setState({ kind: 'failed', error: result.error });
      return false;
    }
    baseline.current = itemId === undefined ? input : applyChanges(baseline.current, changes);
    if (typeof result.value === 'string') {
      latest.current.id = result.value;
      latest.current.onCreated(result.value);
    }
    setLastSavedAt(new Date());
    setState(firstError ? { kind: 'invalid', error: firstError } : { kind: 'saved' });
    return firstError === undefined;
  }, [pendingChanges]);

  const run = useCallback(
    (isAsked: boolean): Promise<boolean> => {
      if (isAsked) isExplicit.current = true;
      if (running.current) {
        isAgain.current = true;
        return running.current;
      }
      const loop = async () => {
        let isSaved: boolean;
        do {
          isAgain.current = false;
          isSaved = await saveOnce();
        } while (isAgain.current);
        return isSaved;
      };
      running.current = loop().finally(() => {
        running.current = null;
        isExplicit.current = false;
      });
      return running.current;
    },
    [saveOnce],
  );
  const saveNow = useCallback(() => run(true), [run]);
  const autosave = useCallback(() => void run(false), [run]);

  const isDirty = useCallback(() => {
    const { changes, errors: found } = pendingChanges();
    return Object.keys(changes).length > 0 || Object.keys(found).length > 0;
  }, [pendingChanges]);

  // The draft changed: save it once typing pauses.
  const firstDraft = useRef(draft);
  useEffect(() => {
    if (draft === firstDraft.current) return;
    setState((current) => (current.kind === 'saving' ? current : { kind: 'pending' }));
    // Problems already shown go away as soon as they are corrected.
    setErrors((shown) => {
      if (Object.keys(shown).length === 0) return shown;
      const { errors: found } = savableInput(draft, baseline.current);
      const stillWrong = Object.fromEntries(Object.keys(shown).flatMap((field) => (found[field] ? [[field, found[field]]] : [])));
      return Object.keys(stillWrong).length === Object.keys(shown).length ? shown : stillWrong;
    });
    const timer = window.setTimeout(autosave, autosaveDelay);
    return () => window.clearTimeout(timer);
  }, [draft, autosave]);

  // Leaving the window, the tab or the editor saves what is there.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') autosave();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isDirty()) event.preventDefault();
    };
    window.addEventListener('blur', autosave);
    window.addEventListener('pagehide', autosave);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('blur', autosave);
      window.removeEventListener('pagehide', autosave);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      autosave();
    };
  }, [autosave, isDirty]);

  return { state, errors, lastSavedAt, saveNow, isDirty };
}
