import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../components/ui/button';
import { ErrorBlock, LoadingBlock } from '../components/ui/query-state';
import { isApiError } from '../lib/api-error';

function Centered({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      {children}
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Centered>
      <p className="text-sm font-semibold text-teal-700">404</p>
      <h1 className="text-xl font-semibold text-zinc-900">{t('errors.pageNotFound.title')}</h1>
      <p className="text-sm text-zinc-600">{t('errors.pageNotFound.description')}</p>
      <Link to="/" className={buttonClass('primary')}>
        {t('common.goHome')}
      </Link>
    </Centered>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const missingWorkspace = isApiError(error) && (error.status === 404 || error.status === 403);
  return (
    <Centered>
      <h1 className="text-xl font-semibold text-zinc-900">
        {missingWorkspace ? t('errors.workspaceUnavailable.title') : t('errors.generic.title')}
      </h1>
      {missingWorkspace ? (
        <p className="text-sm text-zinc-600">{t('errors.workspaceUnavailable.description')}</p>
      ) : (
        <div className="w-full text-left">
          <ErrorBlock error={error} onRetry={reset} />
        </div>
      )}
      <Link to="/" className={buttonClass('secondary')}>
        {t('common.goHome')}
      </Link>
    </Centered>
  );
}

export function PendingPage() {
  return <LoadingBlock />;
}
