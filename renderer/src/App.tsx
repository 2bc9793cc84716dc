import { ArrowLeft, BookOpenText, Command as CommandIcon, History as HistoryIcon, Pencil, X } from 'lucide-react';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddToCollection } from './features/collections/AddToCollection';
import { editorKeyOf } from './features/editor/createdItems';
import { startNewItem } from './features/editor/NewItemButton';
import { HistoryView } from './features/history/HistoryView';
import { ItemView } from './features/item/ItemView';
import { CommandPalette } from './features/palette/CommandPalette';
import { FacetPanel } from './features/search/FacetPanel';
import { SearchBox } from './features/search/SearchBox';
import { SearchPane } from './features/search/SearchPane';
import { toggleFilter } from './features/search/queryFilters';
import { useSearch } from './features/search/useSearch';
import type { ListNavigator } from './features/shell/ListNavigator';
import { goBack, navigate, usePlace } from './features/shell/navigation';
import { ShortcutsDialog } from './features/shell/ShortcutsDialog';
import { TermsProvider } from './features/shell/TermsProvider';
import { isMac, useGlobalShortcuts } from './features/shell/useGlobalShortcuts';
import { Sidebar } from './features/sidebar/Sidebar';
import { TrashView } from './features/trash/TrashView';
import { useLanguage } from './i18n/useLanguage';
import { EmptyState } from './ui/EmptyState';
import { PaneErrorBoundary } from './ui/PaneErrorBoundary';
import { useDebounced } from './ui/useDebounced';

// The editor, the collection builder, the vocabularies and the conflicts load when first shown, so that the
// script that starts the app stays small (they bring tiptap, dnd-kit and downshift).
const ItemEditor = lazy(() => import('./features/editor/ItemEditor').then((module) => ({ default: module.ItemEditor })));
const CollectionView = lazy(() => import('./features/collections/CollectionView').then((module) => ({ default: module.CollectionView })));
const VocabularyManager = lazy(() =>
  import('./features/vocabularies/VocabularyManager').then((module) => ({ default: module.VocabularyManager })),
);
const ConflictsView = lazy(() => import('./features/packs/ConflictsView').then((module) => ({ default: module.ConflictsView })));

/** Three panes: the library's places and facets, the current list, and the open item. */
export function App() {
  return (
    <TermsProvider>
      <Layout />
    </TermsProvider>
  );
}

function Layout() {
  const { t } = useTranslation();
  const language = useLanguage();
  const place = usePlace();
  const [dialog, setDialog] = useState<'palette' | 'shortcuts' | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const itemHeadingRef = useRef<HTMLHeadingElement>(null);
  const navigatorRef = useRef<ListNavigator>(null);
  const query = useDebounced(place.query, 150);
  const search = useSearch({ query, sort: place.sort, language });

  const open = (itemId: string) => navigate({ itemId }, { isReplace: place.itemId !== undefined });
  const focusItemHeading = () => itemHeadingRef.current?.focus();
  // After a restore the item view replaces the history; its heading takes the focus once it has loaded.
  const isHeadingFocusPending = useRef(false);
  const itemHeading = (heading: HTMLHeadingElement | null) => {
    itemHeadingRef.current = heading;
    if (heading && isHeadingFocusPending.current) {
      isHeadingFocusPending.current = false;
      heading.focus();
    }
  };
  const shortcuts = useMemo(
    () => ({
      openPalette: () => setDialog('palette'),
      focusSearch: () => {
        if (place.view !== 'search') navigate({ view: 'search', itemId: undefined });
        searchRef.current?.focus();
      },
      move: (step: number) => navigatorRef.current?.move(step),
      back: goBack,
      showHelp: () => setDialog('shortcuts'),
      newItem: startNewItem,
    }),
    [place.view],
  );
  useGlobalShortcuts(shortcuts);

  // The vocabularies and the conflicts need the width of both the list and the item panes.
  const isWide = place.view === 'vocabularies' || place.view === 'conflicts';

  return (
    <div className={isWide ? 'app app-wide' : 'app'}>
      <a className="skip-link" href="#main-list" onClick={(event) => (event.preventDefault(), navigatorRef.current?.focus())}>
        {t('app.skipToResults')}
      </a>
      <Sidebar place={place}>
        {place.view === 'search' && search.facets && (
          <FacetPanel
            facets={search.facets}
            query={place.query}
            onToggle={(filter) => navigate({ query: toggleFilter(place.query, filter) })}
          />
        )}
      </Sidebar>
      <main className="list-pane" id="main-list" aria-label={t('app.listLabel')}>
        <div className="list-toolbar">
          <SearchBox
            ref={searchRef}
            value={place.query}
            onChange={(value) =>
              navigate({ view: 'search', query: value, collectionId: undefined }, { isReplace: place.view === 'search' })
            }
          />
          <button
            type="button"
            className="icon-button"
            onClick={() => setDialog('palette')}
            aria-label={t('app.palette.label')}
            title={`${t('app.palette.label')} (${isMac ? '⌘K' : 'Ctrl+K'})`}
            aria-keyshortcuts="Control+K Meta+K"
          >
            <CommandIcon size={16} aria-hidden="true" />
          </button>
        </div>
        <PaneErrorBoundary>
          <Suspense fallback={null}>
            {place.view === 'search' && (
              <SearchPane
                search={search}
                requestedSort={place.sort}
                activeId={place.itemId}
                onOpen={open}
                onRead={focusItemHeading}
                navigatorRef={navigatorRef}
              />
            )}
            {place.view === 'collection' && place.collectionId && (
              <CollectionView
                key={place.collectionId}
                id={place.collectionId}
                activeId={place.itemId}
                onOpen={open}
                navigatorRef={navigatorRef}
              />
            )}
            {place.view === 'trash' && <TrashView activeId={place.itemId} onOpen={open} navigatorRef={navigatorRef} />}
            {place.view === 'vocabularies' && <VocabularyManager />}
            {place.view === 'conflicts' && <ConflictsView />}
          </Suspense>
        </PaneErrorBoundary>
      </main>
      <section className="item-pane" aria-label={t('app.itemLabel')} hidden={isWide}>
        {place.itemId && !place.newKind && (
          <div className="item-toolbar">
            <button
              type="button"
              className="icon-button"
              onClick={goBack}
              aria-label={t('app.back')}
              title={t('app.back')}
              aria-keyshortcuts="Alt+ArrowLeft"
            >
              <ArrowLeft size={16} aria-hidden="true" className="icon-directional" />
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => navigate({ itemId: undefined })}
              aria-label={t('app.item.close')}
              title={t('app.item.close')}
            >
              <X size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="toolbar-button button-secondary"
              aria-pressed={place.isEditing === true}
              onClick={() => navigate({ isEditing: place.isEditing ? undefined : true, history: undefined })}
            >
              <Pencil size={16} aria-hidden="true" />
              {t('app.item.edit')}
            </button>
            <button
              type="button"
              className="toolbar-button button-secondary"
              aria-pressed={place.history !== undefined}
              onClick={() => navigate({ history: place.history ? undefined : {}, isEditing: undefined })}
            >
              <HistoryIcon size={16} aria-hidden="true" />
              {t('app.history.title')}
            </button>
            <AddToCollection itemIds={[place.itemId]} />
          </div>
        )}
        {/* One boundary in one place for every item mode: a new item's editor (same key) stays mounted as it
            becomes the editor of the created item. */}
        {place.newKind || place.itemId ? (
          <PaneErrorBoundary key={editorKeyOf(place) ?? `${place.itemId}:${place.history ? 'history' : place.isEditing ? 'edit' : 'item'}`}>
            <Suspense fallback={null}>
              {place.newKind ? (
                <ItemEditor newKind={place.newKind} />
              ) : place.isEditing ? (
                <ItemEditor id={place.itemId} />
              ) : place.history && place.itemId ? (
                <HistoryView
                  id={place.itemId}
                  ref={itemHeadingRef}
                  revisionNumber={place.history.revision}
                  onSelect={(revision) => navigate({ history: { revision } }, { isReplace: place.history?.revision !== undefined })}
                  onOpen={(itemId) => navigate({ itemId })}
                  onRestored={() => {
                    isHeadingFocusPending.current = true;
                    navigate({ history: undefined });
                  }}
                />
              ) : place.itemId ? (
                <ItemView id={place.itemId} ref={itemHeading} onOpen={(itemId) => navigate({ itemId })} />
              ) : null}
            </Suspense>
          </PaneErrorBoundary>
        ) : (
          <EmptyState icon={<BookOpenText size={40} />} title={t('app.item.noSelection')}>
            {t('app.item.noSelectionHint')}
          </EmptyState>
        )}
      </section>
      <CommandPalette isOpen={dialog === 'palette'} onClose={() => setDialog(null)} />
      <ShortcutsDialog isOpen={dialog === 'shortcuts'} onClose={() => setDialog(null)} />
    </div>
  );
}
