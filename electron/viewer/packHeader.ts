import { uiLanguages, type UiLanguage } from '../api/vocabularyCodes';
import { h, sanitisedHtml } from './dom';
import { byline } from './byline';
import { nativeLanguageNames } from './languageChoice';
import type { ViewContext } from './viewContext';

/** What the header's controls ask of the viewer. */
export interface HeaderActions {
  readonly isOnePerPage: boolean;
  onLanguage(language: UiLanguage): void;
  onOnePerPage(isOnePerPage: boolean): void;
}

/** The pack's title, description, publisher, date and signature, with the language switch and printing. */
export function packHeader(context: ViewContext, actions: HeaderActions): HTMLElement {
  const { data, language, t } = context;
  const { pack } = data;
  return h(
    'header',
    { class: 'pack-header' },
    h(
      'div',
      { class: 'pack-header-inner' },
      h(
        'div',
        { class: 'pack-heading' },
        h('p', { class: 'eyebrow' }, t('viewer.header.kicker')),
        h('h1', { class: 'pack-title', dir: 'auto' }, pack.title),
        byline(context),
        // The exporter sanitised the description when it wrote the pack.
        pack.descriptionHtml && sanitisedHtml({ class: 'pack-description prose', dir: 'auto' }, pack.descriptionHtml),
      ),
      h(
        'div',
        { class: 'header-controls' },
        h(
          'label',
          { class: 'language-switch' },
          h('span', { class: 'control-label' }, t('viewer.header.language')),
          h(
            'select',
            {
              id: 'language-select',
              onchange: (event: Event) => actions.onLanguage((event.target as HTMLSelectElement).value as UiLanguage),
            },
            uiLanguages.map((code) => h('option', { value: code, lang: code, selected: code === language }, nativeLanguageNames[code])),
          ),
        ),
        h(
          'div',
          { class: 'print-controls' },
          h('button', { type: 'button', class: 'button', id: 'print-button', onclick: () => window.print() }, t('viewer.print.button')),
          h(
            'label',
            { class: 'check' },
            h('input', {
              type: 'checkbox',
              id: 'one-per-page',
              checked: actions.isOnePerPage,
              onchange: (event: Event) => actions.onOnePerPage((event.target as HTMLInputElement).checked),
            }),
            t('viewer.print.onePerPage'),
          ),
        ),
      ),
    ),
  );
}
