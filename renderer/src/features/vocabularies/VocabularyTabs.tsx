import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary } from '../../../../electron/api/vocabularyCodes';

// The lists users edit come first, then the official ones.
const tabOrder: readonly Vocabulary[] = ['themes', 'organisations', 'sdgs', 'countries', 'regions'];

/** The id of the panel a vocabulary's tab controls. */
export const panelId = 'vocabulary-panel';

/**
 * One tab per vocabulary (the WAI-ARIA tabs pattern): only the chosen tab is in the tab order, arrow keys move
 * between tabs and choose at once, Home and End go to the ends. In Arabic the row runs right to left, so the
 * arrows follow what the eye sees.
 */
export function VocabularyTabs({ current, onChoose }: { current: Vocabulary; onChoose(vocabulary: Vocabulary): void }) {
  const { t, i18n } = useTranslation();
  const tabsRef = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent) => {
    const isRtl = i18n.dir() === 'rtl';
    const index = tabOrder.indexOf(current);
    const steps: Record<string, number> = {
      ArrowRight: isRtl ? -1 : 1,
      ArrowLeft: isRtl ? 1 : -1,
      Home: -index,
      End: tabOrder.length - 1 - index,
    };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = (index + step + tabOrder.length) % tabOrder.length;
    onChoose(tabOrder[next] as Vocabulary);
    tabsRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <div ref={tabsRef} className="vocabulary-tabs" role="tablist" aria-label={t('app.vocabularies.tabsLabel')} onKeyDown={move}>
      {tabOrder.map((vocabulary) => (
        <button
          key={vocabulary}
          type="button"
          role="tab"
          id={`vocabulary-tab-${vocabulary}`}
          className="vocabulary-tab"
          aria-selected={vocabulary === current}
          aria-controls={panelId}
          tabIndex={vocabulary === current ? 0 : -1}
          onClick={() => onChoose(vocabulary)}
        >
          {t(`vocabulary.${vocabulary}`)}
        </button>
      ))}
    </div>
  );
}
