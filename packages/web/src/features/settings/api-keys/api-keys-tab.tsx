import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKeysKey, listApiKeys } from '../../../api/api-keys';
import type { CreatedApiKey } from '../../../api/types';
import { KeyIcon, PlusIcon } from '../../../components/icons';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorBlock, LoadingBlock } from '../../../components/ui/query-state';
import { canManageApiKeys } from '../../../lib/roles';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Section } from '../section';
import { ApiKeySecretDialog } from './api-key-secret-dialog';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyDialog } from './create-api-key-dialog';

export function ApiKeysTab() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<CreatedApiKey | null>(null);
  const query = useQuery({ queryKey: apiKeysKey(workspace.id), queryFn: () => listApiKeys(workspace.id) });
  const manage = canManageApiKeys(workspace.role);
  const createButton = manage && (
    <Button onClick={() => setCreating(true)} data-testid="api-key-create">
      <PlusIcon />
      {t('apiKeys.create')}
    </Button>
  );

  return (
    <Section title={t('apiKeys.title')} description={t('apiKeys.description')} actions={createButton}>
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          icon={<KeyIcon className="size-5" />}
          title={t('apiKeys.empty.title')}
          description={t('apiKeys.empty.description')}
        />
      ) : (
        <ApiKeysTable workspace={workspace} apiKeys={query.data.items} canRevoke={manage} />
      )}
      <CreateApiKeyDialog
        open={creating}
        onOpenChange={setCreating}
        workspace={workspace}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created);
        }}
      />
      <ApiKeySecretDialog apiKey={secret} onClose={() => setSecret(null)} />
    </Section>
  );
}
