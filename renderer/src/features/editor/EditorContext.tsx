import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { Draft } from './draft';
import type { FieldErrors } from './validateDraft';

/** What every field of the form reads and writes. */
interface EditorState {
  readonly draft: Draft;
  setField(field: string, value: unknown): void;
  readonly errors: FieldErrors;
  /** The id of the item being edited (undefined until a new one is first saved), so that it cannot link to itself. */
  readonly itemId: string | undefined;
}

const EditorContext = createContext<EditorState | null>(null);

/** Provides the draft to the form's fields. */
export const EditorProvider = EditorContext.Provider;

/** One field of the form: its element id, value, setter, and the problem to show beside it. */
export function useField(field: string) {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useField is used inside <EditorProvider>');
  const error = editor.errors[field];
  const id = `editor-${field}`;
  return {
    id,
    value: editor.draft[field],
    set: (value: unknown) => editor.setField(field, value),
    error,
    errorId: error ? `${id}-error` : undefined,
    /** The item's own language, for the `lang` of what is typed in it. */
    language: typeof editor.draft.language === 'string' ? editor.draft.language : undefined,
    itemId: editor.itemId,
    draft: editor.draft,
    setField: editor.setField,
  };
}

/** A problem of a field, in the interface language, naming the field by its label. */
export function useErrorMessage(): (field: string, error: AppError) => string {
  const { t } = useTranslation();
  return (field, error) => t(`error.${error.code}`, { ...error.params, field: t(`field.${field}`) });
}

/** The message beside a field whose value was refused; the field points to it with aria-describedby. */
export function FieldError({ field, id, error }: { field: string; id: string | undefined; error: AppError | undefined }) {
  const message = useErrorMessage();
  if (!error || !id) return null;
  return (
    <p id={id} className="field-error">
      {message(field, error)}
    </p>
  );
}
