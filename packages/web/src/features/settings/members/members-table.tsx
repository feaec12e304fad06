import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeMemberRole, membersKey, removeMember } from '../../../api/members';
import type { Member, Role, Workspace } from '../../../api/types';
import { RoleBadge } from '../../../components/domain/role-badge';
import { RoleSelect } from '../../../components/domain/role-select';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Table, Td, Th, Tr } from '../../../components/ui/table';
import { useLocale } from '../../../i18n/use-locale';
import { formatDate } from '../../../lib/format';
import { assignableRoles, canModifyMember } from '../../../lib/roles';
import { useErrorText } from '../../../lib/use-error-text';
import { useMe } from '../../workspaces/use-workspace';

export function MembersTable({ workspace, members }: { workspace: Workspace; members: Member[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { user } = useMe();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Member | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersKey(workspace.id) });
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      changeMemberRole(workspace.id, userId, role),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => removeMember(workspace.id, userId),
    onSuccess: () => setRemoving(null),
    onSettled: refresh,
  });

  return (
    <>
      {changeRole.isError && (
        <p className="mb-2 text-sm text-red-600" role="alert">
          {errorText(changeRole.error)}
        </p>
      )}
      <Table data-testid="members-table">
        <thead>
          <tr>
            <Th>{t('members.columns.member')}</Th>
            <Th>{t('members.columns.role')}</Th>
            <Th>{t('members.columns.joined')}</Th>
            <Th className="w-0">
              <span className="sr-only">{t('common.actions')}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const self = member.userId === user.id;
            const editable = !self && canModifyMember(workspace.role, member.role);
            return (
              <Tr key={member.userId} data-testid="member-row">
                <Td>
                  <div className="flex items-center gap-2 font-medium text-zinc-900">
                    {member.name}
                    {self && <Badge>{t('members.you')}</Badge>}
                  </div>
                  <div className="text-xs text-zinc-500">{member.email}</div>
                </Td>
                <Td>
                  {editable ? (
                    <RoleSelect
                      value={member.role}
                      roles={assignableRoles(workspace.role)}
                      onChange={(role) => changeRole.mutate({ userId: member.userId, role })}
                      aria-label={t('members.changeRoleFor', { name: member.name })}
                      className="w-40"
                      compact
                      disabled={changeRole.isPending}
                    />
                  ) : (
                    <RoleBadge role={member.role} />
                  )}
                </Td>
                <Td className="whitespace-nowrap text-zinc-600">
                  {formatDate(member.joinedAt, locale, workspace.settings.timezone)}
                </Td>
                <Td className="text-right">
                  {editable && (
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => setRemoving(member)}
                      className="text-red-700"
                    >
                      {t('members.remove')}
                    </Button>
                  )}
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
          remove.reset();
        }}
        title={t('members.removeConfirm.title')}
        description={t('members.removeConfirm.description', {
          name: removing?.name ?? '',
          workspace: workspace.name,
        })}
        confirmLabel={t('members.remove')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.userId)}
      />
    </>
  );
}
