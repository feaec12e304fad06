import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../auth/auth-layout';
import { useSignOut } from '../auth/use-sign-out';
import { CreateWorkspaceForm } from './create-workspace-form';

/** First stop for a user without any workspace. */
export function WelcomePage() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <AuthLayout
      title={t('workspace.welcome.title')}
      subtitle={t('workspace.welcome.subtitle')}
      footer={
        <button
          type="button"
          onClick={signOut}
          className="font-medium text-teal-700 hover:underline"
          data-testid="sign-out"
        >
          {t('userMenu.signOut')}
        </button>
      }
    >
      <CreateWorkspaceForm />
    </AuthLayout>
  );
}
