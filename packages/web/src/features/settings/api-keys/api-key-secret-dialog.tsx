import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../../../api/types';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';
import { Dialog } from '../../../components/ui/dialog';

/** Shows a new API key's secret exactly once. */
export function ApiKeySecretDialog({
  apiKey,
  onClose,
}: {
  apiKey: CreatedApiKey | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={apiKey !== null}
      onOpenChange={(open) => !open && onClose()}
      title={t('apiKeys.secret.title', { name: apiKey?.name ?? '' })}
      testId="api-key-secret-dialog"
      footer={
        <Button onClick={onClose} data-testid="api-key-secret-done">
          {t('apiKeys.secret.done')}
        </Button>
      }
    >
      <div className="space-y-3">
        <Alert tone="warning">{t('apiKeys.secret.warning')}</Alert>
        <div className="flex items-center gap-2">
          <code
            className="min-w-0 flex-1 overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 px-2.5 py-2 font-mono text-xs whitespace-nowrap text-zinc-900"
            data-testid="api-key-secret"
          >
            {apiKey?.key}
          </code>
          {apiKey && <CopyButton value={apiKey.key} testId="api-key-copy" />}
        </div>
        <p className="text-xs text-zinc-500">{t('apiKeys.secret.usage')}</p>
      </div>
    </Dialog>
  );
}
