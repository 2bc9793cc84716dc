import { BookmarkPlus, Search } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import type { SavedSearch } from '../../../../electron/api/types';
import { callChange } from '../../api/callChange';
import { useCall } from '../../api/useCall';
import { isolate } from '../../i18n/isolate';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { navigate, type Place } from '../shell/navigation';
import { SavedSearchCount } from './SavedSearchCount';
import { SavedSearchMenu, type SavedSearchAction } from './SavedSearchMenu';
import { SavedSearchNameDialog } from './SavedSearchNameDialog';
import './savedSearches.css';

/** What the section is asking the user, if anything. */
type Dialog = { kind: 'save' } | { kind: 'rename' | 'delete'; saved: SavedSearch };

// A name is at most 200 characters; a long query makes a name cut at a word.
function nameFromQuery(query: string): string {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  return trimmed.length <= 80 ? trimmed : `${trimmed.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

// Names are unique ignoring ASCII case, as the library's NOCASE column compares them.
const sameName = (a: string, b: string) =>
  a.replace(/[A-Z]/g, (letter) => letter.toLowerCase()) === b.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** The sidebar's saved searches, each with its current number of results; the current query can be saved here. */
export function SavedSearchesSection({ place }: { place: Place }) {
  const { t } = useTranslation();
  const savedSearches = useCall('savedSearches.list', {}).value;
  const [dialog, setDialog] = useState<Dialog>();
  const [openMenuId, setOpenMenuId] = useState<string>();
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const canSave = place.view === 'search' && place.query.trim() !== '';

  const choose = (saved: SavedSearch, action: SavedSearchAction) => setDialog({ kind: action, saved });

  // A taken name is said at once, without asking the library (which would refuse it too).
  const takenName = (name: string, exceptId?: string): AppError | undefined =>
    savedSearches?.some((saved) => saved.id !== exceptId && sameName(saved.name, name))
      ? { code: 'savedSearch.nameTaken', params: { name } }
      : undefined;

  const save = async (name: string) => {
    const taken = takenName(name);
    if (taken) return taken;
    const result = await callChange('savedSearches.create', { name, query: place.query, ...(place.sort ? { sort: place.sort } : {}) });
    if (!result.ok) return result.error;
    setStatus(t('app.savedSearches.saved', { name: isolate(result.value.name) }));
    return undefined;
  };

  const rename = async (saved: SavedSearch, name: string) => {
    const taken = takenName(name, saved.id);
    if (taken) return taken;
    const result = await callChange('savedSearches.update', { ref: saved.id, name });
    if (!result.ok) return result.error;
    setStatus(t('app.savedSearches.renamed', { name: isolate(result.value.name) }));
    return undefined;
  };

  const remove = async (saved: SavedSearch) => {
    const result = await callChange('savedSearches.delete', { ref: saved.id });
    setStatus(
      result.ok ? t('app.savedSearches.deleted', { name: isolate(saved.name) }) : t(`error.${result.error.code}`, result.error.params),
    );
    // The entry, and the menu button the focus would go back to, are gone.
    headingRef.current?.focus();
  };

  return (
    <>
      <div className="sidebar-heading-row">
        <h2 ref={headingRef} className="sidebar-heading" tabIndex={-1}>
          {t('app.sidebar.savedSearches')}
        </h2>
        <button
          type="button"
          className="sidebar-heading-button"
          disabled={!canSave}
          aria-label={t('app.savedSearches.save')}
          title={canSave ? t('app.savedSearches.save') : t('app.savedSearches.saveDisabled')}
          aria-haspopup="dialog"
          onClick={() => setDialog({ kind: 'save' })}
        >
          <BookmarkPlus size={16} aria-hidden="true" />
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {savedSearches?.length === 0 && <p className="sidebar-empty">{t('app.sidebar.noSavedSearches')}</p>}
      <ul className="nav-list">
        {savedSearches?.map((saved) => (
          <li
            key={saved.id}
            className="saved-search-entry"
            onContextMenu={(event) => {
              event.preventDefault();
              setOpenMenuId(saved.id);
            }}
          >
            <button
              type="button"
              className="nav-entry"
              aria-current={place.view === 'search' && place.query === saved.query ? 'page' : undefined}
              onClick={() => navigate({ view: 'search', query: saved.query, sort: saved.sort ?? undefined, itemId: undefined })}
            >
              <span className="nav-icon" aria-hidden="true">
                <Search size={16} />
              </span>
              <span className="nav-label" dir="auto">
                {saved.name}
              </span>
              <span className="nav-count">
                <SavedSearchCount query={saved.query} />
              </span>
            </button>
            <SavedSearchMenu
              name={saved.name}
              isOpen={openMenuId === saved.id}
              onOpenChange={(isOpen) => setOpenMenuId(isOpen ? saved.id : undefined)}
              onChoose={(action) => choose(saved, action)}
            />
          </li>
        ))}
      </ul>
      {dialog?.kind === 'save' && (
        <SavedSearchNameDialog
          title={t('app.savedSearches.saveTitle')}
          submitLabel={t('app.savedSearches.saveSubmit')}
          initialName={nameFromQuery(place.query)}
          onSubmit={save}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'rename' && (
        <SavedSearchNameDialog
          title={t('app.savedSearches.renameTitle')}
          submitLabel={t('app.savedSearches.renameSubmit')}
          initialName={dialog.saved.name}
          onSubmit={(name) => rename(dialog.saved, name)}
          onClose={() => setDialog(undefined)}
        />
      )}
      <ConfirmDialog
        isOpen={dialog?.kind === 'delete'}
        title={t('app.savedSearches.deleteTitle', { name: dialog?.kind === 'delete' ? isolate(dialog.saved.name) : '' })}
        confirmLabel={t('app.savedSearches.deleteConfirm')}
        onConfirm={() => dialog?.kind === 'delete' && void remove(dialog.saved)}
        onClose={() => setDialog(undefined)}
      >
        {t('app.savedSearches.deleteText')}
      </ConfirmDialog>
    </>
  );
}
