import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { isMac } from '../shell/useGlobalShortcuts';
import { useErrorMessage } from './EditorContext';
import { fieldOfError } from './validateDraft';
import type { SaveState } from './useAutosave';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function formatTime(language: string, date: Date): string {
  let format = timeFormats.get(language);
  if (!format) timeFormats.set(language, (format = new Intl.DateTimeFormat(language, { timeStyle: 'short' })));
  return format.format(date);
}

/** Whether the work is in the library: saved (and when), being saved, or not saved and what to do about it. */
export function SaveStatus({ state, lastSavedAt }: { state: SaveState; lastSavedAt: Date | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useErrorMessage();
  const saveKeys = isMac ? '⌘S' : 'Ctrl+S';
  const reason = (error: AppError) => message(fieldOfError(error) || 'title', error);
  const lastSave = lastSavedAt ? t('app.editor.lastSaved', { time: formatTime(language, lastSavedAt) }) : '';
  const isProblem = state.kind === 'invalid' || state.kind === 'failed' || state.kind === 'incomplete';
  return (
    <div className={isProblem ? 'save-status save-status-problem' : 'save-status'} role="status">
      {state.kind === 'saving' ? (
        <LoaderCircle size={16} aria-hidden="true" className="spin" />
      ) : isProblem ? (
        <CircleAlert size={16} aria-hidden="true" />
      ) : state.kind === 'saved' ? (
        <Check size={16} aria-hidden="true" />
      ) : null}
      <span>
        {state.kind === 'saved' && t('app.editor.saved')}
        {state.kind === 'saving' && t('app.editor.saving')}
        {state.kind === 'pending' && t('app.editor.pending')}
        {state.kind === 'incomplete' && t('app.editor.incomplete')}
        {state.kind === 'invalid' && t('app.editor.invalid', { reason: reason(state.error) })}
        {state.kind === 'failed' && t('app.editor.failed', { reason: reason(state.error), keys: saveKeys })}
        {lastSave && state.kind !== 'saving' && <span className="muted"> · {lastSave}</span>}
      </span>
    </div>
  );
}
