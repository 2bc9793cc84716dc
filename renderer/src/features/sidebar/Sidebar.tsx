import { BookOpen, FileText, Layers, Lightbulb, Tags, Trash2, Wrench } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../electron/api/vocabularyCodes';
import { itemKinds } from '../../../../electron/api/vocabularyCodes';
import { useCall } from '../../api/useCall';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { navigate, type Place } from '../shell/navigation';
import { CollectionsSection } from '../collections/CollectionsSection';
import { NewItemButton } from '../editor/NewItemButton';
import { PacksSection } from '../packs/PacksSection';
import { LanguageSwitch } from './LanguageSwitch';
import { SavedSearchesSection } from './SavedSearchesSection';
import './sidebar.css';

const kindIcons: Record<ItemKind, ReactNode> = {
  practice: <Lightbulb size={16} />,
  policy: <FileText size={16} />,
  toolkit: <Wrench size={16} />,
};

/** The library's places: everything, each kind, collections, saved searches, packs, the trash and the vocabularies. */
export function Sidebar({ place, children }: { place: Place; children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const stats = useCall('library.stats', {}).value;
  const isSearch = place.view === 'search';
  const count = (value: number | undefined) => (value === undefined ? undefined : formatNumber(language, value));

  return (
    <nav className="sidebar" aria-label={t('app.sidebar.label')}>
      <h1 className="brand">
        <BookOpen size={20} aria-hidden="true" />
        <span>Compendium</span>
      </h1>
      <NewItemButton />
      <ul className="nav-list">
        <NavEntry
          icon={<Layers size={16} />}
          label={t('app.sidebar.allItems')}
          count={count(stats?.items)}
          isCurrent={isSearch && place.query === ''}
          onSelect={() => navigate({ view: 'search', query: '', itemId: undefined })}
        />
        {itemKinds.map((kind) => (
          <NavEntry
            key={kind}
            icon={kindIcons[kind]}
            label={t(`app.sidebar.kinds.${kind}`)}
            count={count(stats?.byKind[kind])}
            isCurrent={isSearch && place.query === `kind:${kind}`}
            onSelect={() => navigate({ view: 'search', query: `kind:${kind}`, itemId: undefined })}
          />
        ))}
      </ul>

      <CollectionsSection place={place} />
      <SavedSearchesSection place={place} />
      <PacksSection />

      <ul className="nav-list nav-list-trash">
        <NavEntry
          icon={<Trash2 size={16} />}
          label={t('app.sidebar.trash')}
          count={count(stats?.inTrash)}
          isCurrent={place.view === 'trash'}
          onSelect={() => navigate({ view: 'trash', itemId: undefined })}
        />
        <NavEntry
          icon={<Tags size={16} />}
          label={t('app.sidebar.vocabularies')}
          isCurrent={place.view === 'vocabularies'}
          onSelect={() => navigate({ view: 'vocabularies', itemId: undefined })}
        />
      </ul>

      {children}

      <div className="sidebar-footer">
        <LanguageSwitch />
      </div>
    </nav>
  );
}

/** One place in the sidebar: an icon, a label and a count. */
export function NavEntry({
  icon,
  label,
  count,
  isCurrent,
  onSelect,
}: {
  icon: ReactNode;
  label: string;
  count?: ReactNode;
  isCurrent: boolean;
  onSelect(): void;
}) {
  return (
    <li>
      <button type="button" className="nav-entry" aria-current={isCurrent ? 'page' : undefined} onClick={onSelect}>
        <span className="nav-icon" aria-hidden="true">
          {icon}
        </span>
        <span className="nav-label" dir="auto">
          {label}
        </span>
        {count !== undefined && <span className="nav-count">{count}</span>}
      </button>
    </li>
  );
}
