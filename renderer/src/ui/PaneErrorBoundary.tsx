import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';

/**
 * Keeps a bug in one pane from blanking the whole window: the pane says something went wrong and offers to try
 * again; the rest of the app stays usable. The details go to the console (the log of the desktop app).
 */
export function PaneErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={PaneError} onError={(error) => console.error('[compendium] a view failed:', error)}>
      {children}
    </ErrorBoundary>
  );
}

function PaneError({ resetErrorBoundary }: { resetErrorBoundary(): void }) {
  const { t } = useTranslation();
  return (
    <div className="error-message" role="alert">
      <p>{t('error.internal')}</p>
      <button type="button" className="link-button" onClick={resetErrorBoundary}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}
