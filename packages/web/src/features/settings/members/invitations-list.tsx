import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invitationsKey, listInvitations, revokeInvitation } from '../../../api/members';
import type { Invitation, Workspace } from '../../../api/types';
import { RoleBadge } from '../../../components/domain/role-badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorBlock, LoadingBlock } from '../../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../../components/ui/table';
import { useLocale } from '../../../i18n/use-locale';
import { formatDateTime } from '../../../lib/format';
import { canManageMembers } from '../../../lib/roles';
import { useErrorText } from '../../../lib/use-error-text';
import { Section } from '../section';

export function InvitationsList({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const query = useQuery({
    queryKey: invitationsKey(workspace.id),
    queryFn: () => listInvitations(workspace.id),
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(workspace.id, invitationId),
    onSuccess: () => setRevoking(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey(workspace.id) }),
  });
  const pending = query.data?.items.filter((invitation) => invitation.status === 'pending') ?? [];
  const manage = canManageMembers(workspace.role);

  return (
    <Section title={t('members.invitations.title')} description={t('members.invitations.description')}>
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : pending.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 bg-white px-4 py-6 text-center text-sm text-zinc-500">
          {t('members.invitations.none')}
        </p>
      ) : (
        <Table data-testid="invitations-table">
          <thead>
            <tr>
              <Th>{t('members.columns.email')}</Th>
              <Th>{t('members.columns.role')}</Th>
              <Th>{t('members.invitations.invitedBy')}</Th>
              <Th>{t('members.invitations.expires')}</Th>
              <Th className="w-0">
                <span className="sr-only">{t('common.actions')}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {pending.map((invitation) => (
              <Tr key={invitation.id} data-testid="invitation-row">
                <Td className="font-medium text-zinc-900">{invitation.email}</Td>
                <Td>
                  <RoleBadge role={invitation.role} />
                </Td>
                <Td className="text-zinc-600">{invitation.invitedBy?.name ?? '—'}</Td>
                <Td className="whitespace-nowrap text-zinc-600">
                  {formatDateTime(invitation.expiresAt, locale, workspace.settings.timezone)}
                </Td>
                <Td className="text-right">
                  {manage && (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-red-700"
                      onClick={() => setRevoking(invitation)}
                    >
                      {t('members.invitations.revoke')}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={t('members.invitations.revokeConfirm.title')}
        description={t('members.invitations.revokeConfirm.description', { email: revoking?.email ?? '' })}
        confirmLabel={t('members.invitations.revoke')}
        pending={revoke.isPending}
        error={revoke.isError ? errorText(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      />
    </Section>
  );
}
