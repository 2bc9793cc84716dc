import { Command } from 'cmdk';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemKinds, uiLanguages } from '../../../../electron/api/vocabularyCodes';
import { useCall } from '../../api/useCall';
import { nativeLanguageNames } from '../../i18n/nativeLanguageNames';
import { useLanguage } from '../../i18n/useLanguage';
import { JobProgressDialog } from '../../ui/JobProgressDialog';
import { useDebounced } from '../../ui/useDebounced';
import { navigate } from '../shell/navigation';
import './palette.css';

interface Action {
  readonly id: string;
  readonly label: string;
  /** A name the user gave (a collection's, a saved search's), shown isolated so it keeps its own direction. */
  readonly detail?: string;
  readonly group: 'goTo' | 'language' | 'tasks';
  run(): void;
}

/** Normalised for matching: case and accents ignored, so `egalite` finds `Égalité`. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Ctrl/Cmd+K: one box to go anywhere (kinds, collections, saved searches, trash), switch language, or find an
 * item by searching the library. A native modal dialog keeps the keyboard inside it and closes on Escape.
 */
export function CommandPalette({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [isReindexing, setIsReindexing] = useState(false);
  const query = useDebounced(text.trim(), 120);
  const collections = useCall('collections.list', isOpen ? {} : null).value ?? [];
  const savedSearches = useCall('savedSearches.list', isOpen ? {} : null).value ?? [];
  const found = useCall('search.query', isOpen && query ? { text: query, limit: 8, language } : null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (isOpen && !dialog?.open) {
      setText('');
      dialog?.showModal();
      // A modal dialog focuses itself when opened; the keyboard belongs in the box.
      dialog?.querySelector('input')?.focus();
    } else if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);

  const close = (then?: () => void) => {
    onClose();
    then?.();
  };

  const actions: Action[] = [
    { id: 'all', group: 'goTo', label: t('app.sidebar.allItems'), run: () => navigate({ view: 'search', query: '', itemId: undefined }) },
    ...itemKinds.map((kind): Action => ({
      id: `kind-${kind}`,
      group: 'goTo',
      label: t(`app.sidebar.kinds.${kind}`),
      run: () => navigate({ view: 'search', query: `kind:${kind}`, itemId: undefined }),
    })),
    ...collections.map((collection): Action => ({
      id: `collection-${collection.id}`,
      group: 'goTo',
      label: t('app.palette.collection'),
      detail: collection.name,
      run: () => navigate({ view: 'collection', collectionId: collection.id, itemId: undefined }),
    })),
    ...savedSearches.map((saved): Action => ({
      id: `saved-${saved.id}`,
      group: 'goTo',
      label: t('app.palette.savedSearch'),
      detail: saved.name,
      run: () => navigate({ view: 'search', query: saved.query, sort: saved.sort ?? undefined, itemId: undefined }),
    })),
    { id: 'trash', group: 'goTo', label: t('app.sidebar.trash'), run: () => navigate({ view: 'trash', itemId: undefined }) },
    {
      id: 'vocabularies',
      group: 'goTo',
      label: t('app.sidebar.vocabularies'),
      run: () => navigate({ view: 'vocabularies', itemId: undefined }),
    },
    ...itemKinds.map((kind): Action => ({
      id: `new-${kind}`,
      group: 'tasks',
      label: t(`app.editor.new.${kind}`),
      run: () => navigate({ newKind: kind, itemId: undefined }),
    })),
    { id: 'reindex', group: 'tasks', label: t('app.jobs.reindex.command'), run: () => setIsReindexing(true) },
    ...uiLanguages.map((code): Action => ({
      id: `language-${code}`,
      group: 'language',
      label: t('app.palette.switchLanguage'),
      detail: nativeLanguageNames[code],
      run: () => void i18n.changeLanguage(code),
    })),
  ];
  const matching = actions.filter((action) => fold(`${action.label} ${action.detail ?? ''}`).includes(fold(text.trim())));
  const results = query ? (found.value?.results ?? []) : [];

  return (
    <>
      <dialog ref={dialogRef} className="palette" aria-label={t('app.palette.label')} onClose={() => onClose()}>
        {isOpen && (
          <Command label={t('app.palette.label')} shouldFilter={false} loop>
            <Command.Input value={text} onValueChange={setText} placeholder={t('app.palette.placeholder')} />
            <Command.List>
              {matching.length === 0 && results.length === 0 && <Command.Empty>{t('app.palette.noMatches')}</Command.Empty>}
              {(['goTo', 'tasks', 'language'] as const).map((group) => {
                const inGroup = matching.filter((action) => action.group === group);
                return (
                  inGroup.length > 0 && (
                    <Command.Group key={group} heading={t(`app.palette.${group}`)}>
                      {inGroup.map((action) => (
                        <Command.Item key={action.id} value={action.id} onSelect={() => close(action.run)}>
                          {action.label}
                          {action.detail !== undefined && (
                            <>
                              {t('colon')}
                              <bdi>{action.detail}</bdi>
                            </>
                          )}
                        </Command.Item>
                      ))}
                    </Command.Group>
                  )
                );
              })}
              {results.length > 0 && (
                <Command.Group heading={t('app.palette.items', { count: found.value?.total ?? 0 })}>
                  {results.map((result) => (
                    <Command.Item
                      key={result.id}
                      value={`item-${result.id}`}
                      onSelect={() => close(() => navigate({ view: 'search', query, itemId: result.id }))}
                    >
                      <span className={`kind-badge kind-${result.kind}`}>{t(`kind.${result.kind}`)}</span>
                      <span dir="auto" lang={result.language}>
                        {result.title}
                      </span>
                    </Command.Item>
                  ))}
                </Command.Group>
              )}
            </Command.List>
          </Command>
        )}
      </dialog>
      {isReindexing && (
        <JobProgressDialog
          start={{ operation: 'library.reindex', input: {} }}
          title={t('app.jobs.reindex.title')}
          label={t('app.jobs.reindex.running')}
          describe={(result) => t('app.jobs.reindex.done', { count: (result as { items: number }).items })}
          onClose={() => setIsReindexing(false)}
        />
      )}
    </>
  );
}
