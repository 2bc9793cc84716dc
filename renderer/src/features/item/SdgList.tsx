import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { termLabel, useTerms } from '../shell/TermsProvider';

/** SDG goals with their official titles, each followed by the item's targets of that goal. */
export function SdgList({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  const goals = [...new Set(codes.map((code) => code.split('.')[0] ?? code))].sort((a, b) => Number(a) - Number(b));
  return (
    <ul className="sdg-list">
      {goals.map((goal) => (
        <li key={goal}>
          <span className={`sdg-badge sdg-${goal}`} aria-hidden="true">
            {goal}
          </span>
          <span>
            <span className="visually-hidden">{t('app.item.sdgGoal', { goal })} </span>
            {termLabel(terms, `sdg:${goal}`, language)}
            {codes
              .filter((code) => code.startsWith(`${goal}.`))
              .map((target) => (
                <span key={target} className="sdg-target">
                  <strong dir="ltr">{target}</strong> {termLabel(terms, `sdg:${target}`, language)}
                </span>
              ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
