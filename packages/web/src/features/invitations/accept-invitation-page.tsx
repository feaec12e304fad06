import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  acceptInvitation,
  getInvitationPreview,
  invitationPreviewKey,
} from '../../api/invitation-acceptance';
import { meKey } from '../../api/me';
import { meQuery } from '../../api/queries';
import { RoleBadge } from '../../components/domain/role-badge';
import { Alert } from '../../components/ui/alert';
import { Button, buttonClass } from '../../components/ui/button';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { storeLastWorkspaceId } from '../../lib/local-preferences';
import { useErrorText } from '../../lib/use-error-text';
import { AuthLayout } from '../auth/auth-layout';

const routeApi = getRouteApi('/invite/$token');

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = routeApi.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const preview = useQuery({
    queryKey: invitationPreviewKey(token),
    queryFn: () => getInvitationPreview(token),
  });
  const me = useQuery({ ...meQuery, retry: false });
  const accept = useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: async ({ workspaceId }) => {
      storeLastWorkspaceId(workspaceId);
      await queryClient.invalidateQueries({ queryKey: meKey });
      await navigate({ to: '/w/$workspaceId', params: { workspaceId } });
    },
  });
  const returnTo = `/invite/${encodeURIComponent(token)}`;

  if (preview.isPending || me.isPending) {
    return (
      <AuthLayout title={t('invite.title')}>
        <LoadingBlock />
      </AuthLayout>
    );
  }
  if (preview.isError) {
    return (
      <AuthLayout title={t('invite.title')}>
        <ErrorBlock error={preview.error} />
      </AuthLayout>
    );
  }
  const invitation = preview.data;
  const signedIn = me.isSuccess;
  return (
    <AuthLayout
      title={t('invite.heading', { workspace: invitation.workspace.name })}
      subtitle={t('invite.subtitle')}
    >
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
      ) : signedIn ? (
        <div className="space-y-3">
          {me.data.user.email.toLowerCase() !== invitation.email.toLowerCase() && (
            <Alert tone="warning">{t('invite.otherAccount', { email: me.data.user.email })}</Alert>
          )}
          {accept.isError && <Alert tone="error">{errorText(accept.error)}</Alert>}
          <Button
            className="w-full"
            onClick={() => accept.mutate()}
            loading={accept.isPending}
            data-testid="invite-accept"
          >
            {t('invite.accept')}
          </Button>
        </div>
      ) : (
        <div className="grid gap-2">
          <Link
            to="/sign-in"
            search={{ redirect: returnTo }}
            className={buttonClass('primary')}
            data-testid="invite-sign-in"
          >
            {t('invite.signInToAccept')}
          </Link>
          <Link
            to="/sign-up"
            search={{ redirect: returnTo }}
            className={buttonClass('secondary')}
            data-testid="invite-sign-up"
          >
            {t('invite.signUpToAccept')}
          </Link>
        </div>
      )}
    </AuthLayout>
  );
}
