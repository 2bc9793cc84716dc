import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../electron/api/errors';
import { languageName } from '../../i18n/format';
import { isolate } from '../../i18n/isolate';
import { useLanguage } from '../../i18n/useLanguage';
import { termLabel, useTerms } from '../shell/TermsProvider';

/**
 * A vocabulary error in plain words: the core names terms by id (`theme:…`) and vocabularies by code, which mean
 * nothing to a reader, so the message shows the term's label and the vocabulary's name instead.
 */
export function useErrorText(): (error: AppError) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const terms = useTerms();
  return (error) => {
    const params: Record<string, string | number> = { ...error.params };
    for (const key of ['id', 'from', 'into']) {
      const value = params[key];
      if (typeof value === 'string' && terms.has(value)) params[key] = isolate(termLabel(terms, value, language));
    }
    const field = params.field;
    if (field === 'labels') params.field = t('app.vocabularies.labels');
    else if (typeof field === 'string' && field.startsWith('labels.')) params.field = languageName(language, field.slice('labels.'.length));
    if (typeof params.vocabulary === 'string') params.vocabulary = t(`vocabulary.${params.vocabulary}`);
    return t(`error.${error.code}`, params);
  };
}
