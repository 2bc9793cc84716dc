import { h } from './dom';
import type { ViewContext } from './viewContext';

/** The search field; `/` elsewhere on the page focuses it (shortcuts.ts) and Escape in it clears it. */
export function searchBox({ t }: ViewContext, query: string, onQuery: (query: string) => void): HTMLElement {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    value: query,
    placeholder: t('viewer.search.placeholder'),
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-keyshortcuts': '/',
    oninput: () => onQuery(input.value),
    onkeydown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || input.value === '') return;
      event.preventDefault();
      input.value = '';
      onQuery('');
    },
  });
  return h(
    'div',
    { role: 'search', class: 'search' },
    h('label', { for: 'search-input', class: 'search-label' }, t('viewer.search.label')),
    input,
  );
}
