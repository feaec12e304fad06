import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error';
import { useErrorText } from '../../lib/use-error-text';
import { Alert } from './alert';
import { Button } from './button';
import { Spinner } from './spinner';

export function LoadingBlock() {
  const { t } = useTranslation();
  return (
    <div className="flex items-center justify-center gap-2 py-16 text-sm text-zinc-500" role="status">
      <Spinner />
      {t('common.loading')}
    </div>
  );
}

export function ErrorBlock({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert tone="error">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <span>
          {errorText(error)}
          {requestId && (
            <span className="ml-2 font-mono text-xs opacity-70">
              ({t('common.requestId')}: {requestId})
            </span>
          )}
        </span>
        {onRetry && (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </div>
    </Alert>
  );
}
