import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../electron/api/errors';

/** A failure from the core, in the interface language. */
export function ErrorMessage({ error }: { error: AppError }) {
  const { t } = useTranslation();
  return (
    <p className="error-message" role="alert">
      {t(`error.${error.code}`, error.params)}
    </p>
  );
}
