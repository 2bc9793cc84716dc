import type { ViewerItem } from '../api/packFormat';
import type { UiLanguage } from '../api/vocabularyCodes';
import { contentsList } from './contentsList';
import { h } from './dom';
import { countFacets, emptySelection, hasSelection, matchesSelection, packFacetValues, type FacetName, type Selection } from './facets';
import { filterPanel, type FilterPanel } from './filterPanel';
import { formatNumber } from './format';
import { frontPage } from './frontPage';
import { itemView } from './itemView';
import { initialLanguage, rememberLanguage } from './languageChoice';
import { translator } from './messages';
import type { PackData } from './packData';
import { packHeader } from './packHeader';
import { loadPackIndex } from './packIndex';
import { printView } from './printView';
import { resultList } from './resultList';
import { itemHref, onRouteChange, routedItemId } from './router';
import { searchBox } from './searchBox';
import { installSearchShortcut } from './shortcuts';
import type { ViewContext } from './viewContext';

/** Where the viewer draws: the page's app container and its print-only twin. */
export interface ViewerMount {
  readonly data: PackData;
  readonly root: HTMLElement;
  readonly printRoot: HTMLElement;
}

interface ViewerState {
  language: UiLanguage;
  query: string;
  selection: Selection;
  itemId: string | null;
  isOnePerPage: boolean;
  areFiltersOpen: boolean;
}

// The parts of the page that change after the shell is drawn.
interface Parts {
  readonly context: ViewContext;
  readonly layout: HTMLElement;
  readonly nav: HTMLElement;
  readonly main: HTMLElement;
  readonly filters: FilterPanel;
  readonly listHeading: HTMLElement;
  readonly status: HTMLElement;
  readonly list: HTMLElement;
  readonly reset: HTMLButtonElement;
}

/**
 * Draws the pack and keeps it in step with the reader: the language redraws everything, a search or a filter the
 * list in the sidebar, the address the main pane.
 */
export function startViewer({ data, root, printRoot }: ViewerMount): void {
  const search = loadPackIndex(data.searchIndex);
  const valuesInPack = packFacetValues(data.orderedItems);
  const state: ViewerState = {
    language: initialLanguage(data.pack.language),
    query: '',
    selection: emptySelection,
    itemId: routedItemId(),
    isOnePerPage: false,
    areFiltersOpen: false,
  };
  let parts = drawShell();
  drawList();
  drawMain();

  function drawShell(): Parts {
    const { language } = state;
    const t = translator(language);
    const context: ViewContext = { data, language, t };
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    const filters = filterPanel(context, valuesInPack, {
      onToggle: (facet, value, isTicked) => toggleFilter(facet, value, isTicked),
      onClear: () => setFilters(emptySelection),
    });
    filters.element.toggleAttribute('open', state.areFiltersOpen);
    filters.element.addEventListener('toggle', () => (state.areFiltersOpen = filters.element.hasAttribute('open')));
    const listHeading = h('h2', { class: 'list-heading' });
    const status = h('p', { class: 'list-status', role: 'status' });
    const list = h('div', { class: 'list' });
    const reset = h('button', { type: 'button', class: 'link-button', onclick: () => clearAll() }, t('viewer.results.reset'));
    const nav = h(
      'nav',
      { class: 'sidebar', 'aria-label': t('viewer.nav.label') },
      search && searchBox(context, state.query, setQuery),
      filters.element,
      h('div', { class: 'list-header' }, listHeading, status),
      reset,
      list,
    );
    const main = h('main', { id: 'main', class: 'content', tabindex: -1 });
    const skip = h(
      'a',
      {
        class: 'skip-link',
        href: '#main',
        // `#main` would read as "no item open": focus the content without touching the address.
        onclick: (event: Event) => {
          event.preventDefault();
          main.focus();
        },
      },
      t('viewer.skipToContent'),
    );
    const layout = h('div', { class: 'layout' }, nav, main);
    const header = packHeader(context, {
      isOnePerPage: state.isOnePerPage,
      onLanguage: setLanguage,
      onOnePerPage: (isOnePerPage) => (state.isOnePerPage = isOnePerPage),
    });
    root.replaceChildren(skip, header, layout);
    return { context, layout, nav, main, filters, listHeading, status, list, reset };
  }

  function drawList(): void {
    const { context, filters, listHeading, status, list, reset } = parts;
    const { language, t } = context;
    const isSearching = state.query.trim() !== '';
    const found = isSearching && search ? search(state.query).flatMap((id) => data.itemsById.get(id) ?? []) : data.orderedItems;
    filters.update(countFacets(found, state.selection), state.selection);
    const isFiltering = isSearching || hasSelection(state.selection);
    const shown = isFiltering ? found.filter((item) => matchesSelection(item, state.selection)) : data.orderedItems;
    listHeading.textContent = t(isFiltering ? 'viewer.results.heading' : 'viewer.contents.heading');
    status.textContent = t(isFiltering ? 'viewer.results.count' : 'viewer.contents.itemCount', {
      count: shown.length,
      formatted: formatNumber(language, shown.length),
    });
    reset.hidden = !isFiltering;
    list.replaceChildren(isFiltering ? resultList(context, shown, state.itemId) : contentsList(context, state.itemId));
  }

  function drawMain(): void {
    const { context, layout, main } = parts;
    const item: ViewerItem | undefined = state.itemId === null ? undefined : data.itemsById.get(state.itemId);
    layout.classList.toggle('is-reading', state.itemId !== null);
    root.classList.toggle('is-reading', state.itemId !== null);
    if (item) main.replaceChildren(itemView(context, item));
    else if (state.itemId !== null) main.replaceChildren(missingItem(context));
    else main.replaceChildren(frontPage(context));
    document.title = item ? `${item.title} — ${data.pack.title}` : data.pack.title;
    const currentHref = state.itemId === null ? null : itemHref(state.itemId);
    for (const link of parts.nav.querySelectorAll('.item-link')) {
      if (link.getAttribute('href') === currentHref) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  function setLanguage(language: UiLanguage): void {
    state.language = language;
    rememberLanguage(language);
    parts = drawShell();
    drawList();
    drawMain();
    document.getElementById('language-select')?.focus();
  }

  function setQuery(query: string): void {
    state.query = query;
    drawList();
  }

  function toggleFilter(facet: FacetName, value: string, isTicked: boolean): void {
    const values = new Set(state.selection[facet]);
    if (isTicked) values.add(value);
    else values.delete(value);
    setFilters({ ...state.selection, [facet]: values });
  }

  function setFilters(selection: Selection): void {
    state.selection = selection;
    drawList();
  }

  function clearAll(): void {
    state.query = '';
    const input = document.getElementById('search-input');
    if (input instanceof HTMLInputElement) input.value = '';
    setFilters(emptySelection);
    input?.focus();
  }

  function route(itemId: string | null): void {
    if (itemId === state.itemId) return;
    const previousId = state.itemId;
    const wasInMain = parts.main.contains(document.activeElement) || document.activeElement === document.body;
    state.itemId = itemId;
    drawMain();
    if (itemId !== null) {
      window.scrollTo(0, 0);
      if (document.activeElement?.id !== 'search-input')
        parts.main.querySelector<HTMLElement>('.item-title')?.focus({ preventScroll: true });
    } else if (wasInMain) {
      // Back on the front page: return to the item just left in the contents, where the reader was.
      const link = previousId === null ? null : parts.nav.querySelector<HTMLElement>(`.item-link[href="${itemHref(previousId)}"]`);
      if (link && link.offsetParent !== null) link.focus();
      else parts.main.querySelector<HTMLElement>('.front-heading')?.focus();
    }
  }

  onRouteChange(route);
  installSearchShortcut(() => {
    // On a narrow screen the sidebar is hidden while an item is open: go back to it first.
    if (parts.nav.offsetParent === null && state.itemId !== null) {
      location.hash = '';
      route(null);
    }
    document.getElementById('search-input')?.focus();
  });

  // Built when printing starts (the Print button, Ctrl+P, or print emulation), in the language then shown.
  const preparePrint = () => {
    printRoot.replaceChildren(...printView(parts.context));
    printRoot.classList.toggle('one-per-page', state.isOnePerPage);
  };
  window.addEventListener('beforeprint', preparePrint);
  window.matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) preparePrint();
  });
}

function missingItem({ t }: ViewContext): HTMLElement {
  return h(
    'div',
    { class: 'empty-state' },
    h('h2', { class: 'empty-state-title item-title', tabindex: -1 }, t('viewer.item.notFound')),
    h('p', {}, h('a', { href: '#' }, t('viewer.item.backToContents'))),
  );
}
