import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { acceptInvitation } from '../../api/invitation-acceptance';
import { meKey } from '../../api/me';
import type { InvitationPreview } from '../../api/types';
import { RoleBadge } from '../../components/domain/role-badge';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { isApiError } from '../../lib/api-error';
import { storeLastWorkspaceId } from '../../lib/local-preferences';
import { useErrorText } from '../../lib/use-error-text';
import { useSignOut } from '../auth/use-sign-out';

interface InvitationDetailsProps {
  token: string;
  invitation: InvitationPreview;
  signedInEmail: string;
}

export function InvitationDetails({ token, invitation, signedInEmail }: InvitationDetailsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const accept = useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: async ({ workspaceId }) => {
      storeLastWorkspaceId(workspaceId);
      await queryClient.invalidateQueries({ queryKey: meKey });
      await navigate({ to: '/w/$workspaceId', params: { workspaceId } });
    },
  });
  const otherAccount = signedInEmail.toLowerCase() !== invitation.email.toLowerCase();
  const wrongAccountError = isApiError(accept.error) && accept.error.status === 403;

  return (
    <>
      <dl className="mb-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="invite-details">
        <dt className="text-zinc-500">{t('invite.workspace')}</dt>
        <dd className="font-medium text-zinc-900">{invitation.workspace.name}</dd>
        <dt className="text-zinc-500">{t('invite.role')}</dt>
        <dd>
          <RoleBadge role={invitation.role} />
        </dd>
        <dt className="text-zinc-500">{t('invite.email')}</dt>
        <dd className="text-zinc-900">{invitation.email}</dd>
      </dl>
      {invitation.status !== 'pending' ? (
        <Alert tone="warning">{t(`invite.status.${invitation.status}`)}</Alert>
      ) : (
        <div className="space-y-3">
          {otherAccount && (
            <Alert tone="warning">
              {t('invite.otherAccount', { email: signedInEmail, invited: invitation.email })}{' '}
              <button type="button" className="font-medium underline" onClick={() => void signOut()}>
                {t('userMenu.signOut')}
              </button>
            </Alert>
          )}
          {accept.isError && (
            <Alert tone="error">
              {wrongAccountError
                ? t('invite.otherAccount', { email: signedInEmail, invited: invitation.email })
                : errorText(accept.error)}
            </Alert>
          )}
          <Button
            className="w-full"
            onClick={() => accept.mutate()}
            loading={accept.isPending}
            disabled={otherAccount}
            data-testid="invite-accept"
          >
            {t('invite.accept')}
          </Button>
        </div>
      )}
    </>
  );
}
