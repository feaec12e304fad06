import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { getInvitationPreview, invitationPreviewKey } from '../../api/invitation-acceptance';
import { meQuery } from '../../api/queries';
import { buttonClass } from '../../components/ui/button';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { AuthLayout } from '../auth/auth-layout';
import { InvitationDetails } from './invitation-details';

const routeApi = getRouteApi('/invite/$token');

/** `/invite/$token`: shows the invitation once signed in; otherwise asks to sign in or up and come back. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = routeApi.useParams();
  const me = useQuery({ ...meQuery, retry: false });
  const preview = useQuery({
    queryKey: invitationPreviewKey(token),
    queryFn: () => getInvitationPreview(token),
    enabled: me.isSuccess,
  });
  const returnTo = `/invite/${encodeURIComponent(token)}`;

  if (me.isPending || (me.isSuccess && preview.isPending)) {
    return (
      <AuthLayout title={t('invite.title')}>
        <LoadingBlock />
      </AuthLayout>
    );
  }
  if (me.isError) {
    return (
      <AuthLayout title={t('invite.title')} subtitle={t('invite.signInFirst')}>
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
      </AuthLayout>
    );
  }
  if (preview.isError || !preview.data) {
    return (
      <AuthLayout title={t('invite.title')}>
        <ErrorBlock error={preview.error} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title={t('invite.heading', { workspace: preview.data.workspace.name })}
      subtitle={t('invite.subtitle')}
    >
      <InvitationDetails token={token} invitation={preview.data} signedInEmail={me.data.user.email} />
    </AuthLayout>
  );
}
