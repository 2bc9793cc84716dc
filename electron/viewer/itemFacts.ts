import type { ViewerItem } from '../api/packFormat';
import { codedKindFields, kindFields, shortKindFields } from '../api/vocabularyCodes';
import { h } from './dom';
import { formatList, formatPartialDate, languageName } from './format';
import { itemHref } from './router';
import { sdgLabel, termLabel } from './terms';
import type { ViewContext } from './viewContext';

/** Every metadata field of an item that has a value, each with its label, in the order a cataloguer fills them in. */
export function itemFacts(context: ViewContext, item: ViewerItem): HTMLDListElement | null {
  const { data, language, t } = context;
  const label = (id: string) => termLabel(data.pack, id, language);
  const facts: Array<[string, Node | string]> = [];
  const add = (field: string, value: Node | string | undefined) => {
    if (value !== undefined && value !== '') facts.push([field, value]);
  };
  const some = <T>(values: readonly T[] | undefined) => (values && values.length > 0 ? values : undefined);

  add('kind', t(`kind.${item.kind}`));
  add('status', t(`status.${item.status}`));
  add('language', languageName(language, item.language));
  if (item.date) add('date', formatPartialDate(language, item.date));
  if (item.period) {
    const { from, to } = item.period;
    const end = to ? formatPartialDate(language, to) : t('viewer.item.ongoing');
    add('period', t('viewer.item.period', { from: formatPartialDate(language, from), to: end }));
  }
  add('authors', some(item.authors) && formatList(language, item.authors ?? []));
  add(
    'organisations',
    some(item.organisations) &&
      plainList(
        (item.organisations ?? []).map((organisation) => [
          h('bdi', {}, label(organisation.id)),
          ' ',
          h('span', { class: 'muted' }, `(${t(`role.${organisation.role}`)})`),
        ]),
      ),
  );
  add('themes', some(item.themes) && chips((item.themes ?? []).map(label)));
  add('sdgs', some(item.sdgs) && plainList(sortSdgs(item.sdgs ?? []).map((code) => sdgLabel(data.pack, code, language))));
  add('countries', some(item.countries) && chips((item.countries ?? []).map((code) => label(`country:${code}`))));
  add('regions', some(item.regions) && chips((item.regions ?? []).map((code) => label(`region:${code}`))));
  add('tags', some(item.tags) && chips(item.tags ?? []));
  add('translations', some(item.translations) && itemLinks(context, item.translations ?? [], true));
  add('related', some(item.related) && itemLinks(context, item.related ?? [], false));
  for (const field of kindFields[item.kind].filter((name) => shortKindFields.has(name))) {
    const value = (item as Readonly<Record<string, unknown>>)[field];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    if (codedKindFields.has(field))
      add(
        field,
        formatList(
          language,
          values.map((code) => codedValueLabel(context, code)),
        ),
      );
    else if (field === 'dateAdopted') add(field, formatPartialDate(language, values[0] ?? ''));
    else add(field, h('span', { lang: item.language, dir: 'auto' }, values.join(', ')));
  }
  add('sourceUrl', webLink(item.sourceUrl));
  add('licence', item.licence);
  if (facts.length === 0) return null;
  return h(
    'dl',
    { class: 'facts' },
    facts.map(([field, value]) => h('div', { class: 'fact' }, h('dt', {}, t(`field.${field}`)), h('dd', {}, value))),
  );
}

// A code's label where the locale files have one (`inForce` → `En vigueur`), else the code itself.
function codedValueLabel({ t }: ViewContext, code: string): string {
  const key = `field.value.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

function sortSdgs(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

// Rows and chips keep the interface's direction (term labels are in its language); a name in another script is
// isolated in a <bdi> so that it keeps its own. `dir="auto"` on the row would read `5.c — …` as left-to-right.
function chips(values: readonly string[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'chips' },
    values.map((value) => h('li', { class: 'chip' }, h('bdi', {}, value))),
  );
}

function plainList(rows: ReadonlyArray<string | ReadonlyArray<Node | string>>): HTMLUListElement {
  return h(
    'ul',
    { class: 'plain-list' },
    rows.map((row) => h('li', {}, ...(typeof row === 'string' ? [row] : row))),
  );
}

// Translations and related items that came in the pack are links; the others are named as missing.
function itemLinks({ data, language, t }: ViewContext, ids: readonly string[], isTranslation: boolean): HTMLUListElement {
  return plainList(
    ids.map((id) => {
      const target = data.itemsById.get(id);
      if (!target) return [h('span', { class: 'muted' }, t('viewer.item.notInPack'))];
      const link = h('a', { href: itemHref(id) }, h('bdi', { lang: target.language }, target.title));
      return isTranslation ? [link, ' ', h('span', { class: 'muted' }, `(${languageName(language, target.language)})`)] : [link];
    }),
  );
}

// Only http(s) addresses become links: a pack is data from someone else, and `javascript:` must stay text.
function webLink(url: string | undefined): HTMLAnchorElement | string | undefined {
  if (!url) return undefined;
  if (!/^https?:\/\//i.test(url)) return url;
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr', class: 'url' }, url);
}
