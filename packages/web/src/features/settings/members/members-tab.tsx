import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMembers, membersKey } from '../../../api/members';
import { ErrorBlock, LoadingBlock } from '../../../components/ui/query-state';
import { canManageMembers, canViewInvitations } from '../../../lib/roles';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Section } from '../section';
import { InvitationsList } from './invitations-list';
import { InviteForm } from './invite-form';
import { LeaveWorkspace } from './leave-workspace';
import { MembersTable } from './members-table';

export function MembersTab() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  return (
    <>
      {canManageMembers(workspace.role) && (
        <Section title={t('members.invite.title')} description={t('members.invite.description')}>
          <InviteForm workspaceId={workspace.id} actorRole={workspace.role} />
        </Section>
      )}
      <Section title={t('members.title')} description={t('members.description')}>
        {members.isPending ? (
          <LoadingBlock />
        ) : members.isError ? (
          <ErrorBlock error={members.error} onRetry={() => members.refetch()} />
        ) : (
          <MembersTable workspace={workspace} members={members.data.items} />
        )}
      </Section>
      {canViewInvitations(workspace.role) && <InvitationsList workspace={workspace} />}
      <LeaveWorkspace workspace={workspace} />
    </>
  );
}
