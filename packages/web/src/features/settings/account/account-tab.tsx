import { useTranslation } from 'react-i18next';
import { Section } from '../section';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';

export function AccountTab() {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('account.profile.title')} description={t('account.profile.description')}>
        <ProfileForm />
      </Section>
      <Section title={t('account.password.title')} description={t('account.password.description')}>
        <ChangePasswordForm />
      </Section>
    </>
  );
}
