import { itemKinds } from '../api/vocabularyCodes';
import { h } from './dom';
import { facetNames, type FacetName, type Selection } from './facets';
import { formatNumber } from './format';
import { sdgLabel, termLabel } from './terms';
import type { ViewContext } from './viewContext';

/** The filters, built once per language; `update` refreshes counts and ticks without moving the focus. */
export interface FilterPanel {
  readonly element: HTMLElement;
  update(counts: Readonly<Record<FacetName, ReadonlyMap<string, number>>>, selection: Selection): void;
}

/** What the filters ask of the viewer. */
export interface FilterActions {
  onToggle(facet: FacetName, value: string, isTicked: boolean): void;
  onClear(): void;
}

const headingKeys: Readonly<Record<FacetName, string>> = {
  kind: 'field.kind',
  theme: 'vocabulary.themes',
  sdg: 'vocabulary.sdgs',
  country: 'vocabulary.countries',
};

/**
 * A checkbox per value present in the pack, with how many items each would show. Values that would show none are
 * hidden unless ticked, and so is a facet left with no value: the list the reader came for stays in sight.
 */
export function filterPanel(
  context: ViewContext,
  values: Readonly<Record<FacetName, readonly string[]>>,
  actions: FilterActions,
): FilterPanel {
  const { t } = context;
  const rows: Array<{ facet: FacetName; value: string; input: HTMLInputElement; count: HTMLElement; row: HTMLElement }> = [];
  const fieldsets = new Map<FacetName, HTMLFieldSetElement>();
  for (const facet of facetNames) {
    if (values[facet].length === 0) continue;
    const options = sortedOptions(context, facet, values[facet]).map(([value, label]) => {
      const input = h('input', { type: 'checkbox', value, onchange: () => actions.onToggle(facet, value, input.checked) });
      const count = h('span', { class: 'filter-count' });
      const row = h('li', {}, h('label', { class: 'filter-option' }, input, h('span', { class: 'filter-label' }, label), count));
      rows.push({ facet, value, input, count, row });
      return row;
    });
    if (options.length > 0) {
      fieldsets.set(
        facet,
        h('fieldset', { class: 'facet' }, h('legend', {}, t(headingKeys[facet])), h('ul', { class: 'filter-options' }, options)),
      );
    }
  }
  const activeCount = h('span', { class: 'filters-active' });
  const clear = h('button', { type: 'button', class: 'link-button', onclick: () => actions.onClear() }, t('viewer.filters.clear'));
  const element = h(
    'details',
    { class: 'filters' },
    h('summary', {}, h('span', {}, t('viewer.filters.heading')), activeCount),
    [...fieldsets.values()],
    clear,
  );
  return {
    element,
    update(counts, selection) {
      let ticked = 0;
      const shownFacets = new Set<FacetName>();
      for (const { facet, value, input, count, row } of rows) {
        const isTicked = selection[facet].has(value);
        const n = counts[facet].get(value) ?? 0;
        input.checked = isTicked;
        count.textContent = formatNumber(context.language, n);
        row.hidden = n === 0 && !isTicked;
        if (!row.hidden) shownFacets.add(facet);
        if (isTicked) ticked += 1;
      }
      for (const [facet, fieldset] of fieldsets) fieldset.hidden = !shownFacets.has(facet);
      activeCount.textContent =
        ticked > 0 ? t('viewer.filters.active', { count: ticked, formatted: formatNumber(context.language, ticked) }) : '';
      clear.hidden = ticked === 0;
    },
  };
}

// Kinds in their usual order, SDGs by goal number, the rest alphabetically in the interface language.
function sortedOptions({ data, language, t }: ViewContext, facet: FacetName, values: readonly string[]): Array<[string, string]> {
  switch (facet) {
    case 'kind':
      return itemKinds.filter((kind) => values.includes(kind)).map((kind) => [kind, t(`kind.${kind}`)]);
    case 'sdg':
      return [...values].sort((a, b) => Number(a) - Number(b)).map((goal) => [goal, sdgLabel(data.pack, goal, language)]);
    case 'theme':
    case 'country': {
      const labelled = values.map((value): [string, string] => [
        value,
        termLabel(data.pack, facet === 'theme' ? value : `country:${value}`, language),
      ]);
      const collator = new Intl.Collator(language);
      return labelled.sort((a, b) => collator.compare(a[1], b[1]));
    }
  }
}
