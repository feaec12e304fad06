import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKeysKey, revokeApiKey } from '../../../api/api-keys';
import type { ApiKey, Workspace } from '../../../api/types';
import { RoleBadge } from '../../../components/domain/role-badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Table, Td, Th, Tr } from '../../../components/ui/table';
import { useLocale } from '../../../i18n/use-locale';
import { formatDate, formatRelative } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';

interface ApiKeysTableProps {
  workspace: Workspace;
  apiKeys: ApiKey[];
  canRevoke: boolean;
}

export function ApiKeysTable({ workspace, apiKeys, canRevoke }: ApiKeysTableProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: (apiKeyId: string) => revokeApiKey(workspace.id, apiKeyId),
    onSuccess: () => setRevoking(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeysKey(workspace.id) }),
  });
  return (
    <>
      <Table data-testid="api-keys-table">
        <thead>
          <tr>
            <Th>{t('apiKeys.columns.name')}</Th>
            <Th>{t('apiKeys.columns.prefix')}</Th>
            <Th>{t('apiKeys.columns.role')}</Th>
            <Th>{t('apiKeys.columns.created')}</Th>
            <Th>{t('apiKeys.columns.lastUsed')}</Th>
            <Th className="w-0">
              <span className="sr-only">{t('common.actions')}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((apiKey) => (
            <Tr key={apiKey.id} data-testid="api-key-row">
              <Td className="font-medium text-zinc-900">{apiKey.name}</Td>
              <Td>
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">
                  {apiKey.prefix}…
                </code>
              </Td>
              <Td>
                <RoleBadge role={apiKey.role} />
              </Td>
              <Td className="whitespace-nowrap text-zinc-600">
                {formatDate(apiKey.createdAt, locale, workspace.settings.timezone)}
                {apiKey.createdBy && <div className="text-xs text-zinc-500">{apiKey.createdBy.name}</div>}
              </Td>
              <Td className="whitespace-nowrap text-zinc-600">
                {apiKey.lastUsedAt ? formatRelative(apiKey.lastUsedAt, locale) : t('apiKeys.neverUsed')}
              </Td>
              <Td className="text-right">
                {canRevoke && (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-red-700"
                    onClick={() => setRevoking(apiKey)}
                  >
                    {t('apiKeys.revoke')}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={t('apiKeys.revokeConfirm.title', { name: revoking?.name ?? '' })}
        description={t('apiKeys.revokeConfirm.description')}
        confirmLabel={t('apiKeys.revoke')}
        pending={revoke.isPending}
        error={revoke.isError ? errorText(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      />
    </>
  );
}
