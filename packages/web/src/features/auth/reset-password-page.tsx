import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button, buttonClass } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { authClient } from '../../lib/auth-client';
import { useFieldErrors } from '../../lib/use-field-errors';
import { collectErrors, validateNewPassword } from '../../lib/validate';
import { authCall, authErrorField } from './auth-call';
import { AuthLayout } from './auth-layout';
import { PasswordInput } from './password-input';
import { PasswordStrengthHint } from './password-strength-hint';

const routeApi = getRouteApi('/reset-password');
const FIELDS = ['password', 'confirm'] as const;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token, error: linkError } = routeApi.useSearch();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checks = collectErrors({
      password: validateNewPassword(password),
      confirm: confirm === password ? null : 'passwordsDiffer',
    });
    if (!validate(checks) || !token) return;
    setPending(true);
    try {
      await authCall(authClient.resetPassword({ newPassword: password, token }));
      setDone(true);
    } catch (error) {
      fromError(error, authErrorField(error));
    } finally {
      setPending(false);
    }
  };

  const invalidLink = !token || linkError;
  return (
    <AuthLayout title={t('auth.reset.title')} subtitle={invalidLink ? undefined : t('auth.reset.subtitle')}>
      {done ? (
        <div className="space-y-4">
          <Alert tone="success">{t('auth.reset.done')}</Alert>
          <Link to="/sign-in" className={buttonClass('primary')} data-testid="reset-to-sign-in">
            {t('auth.signIn.action')}
          </Link>
        </div>
      ) : invalidLink ? (
        <div className="space-y-4">
          <Alert tone="error">{t('auth.reset.invalidLink')}</Alert>
          <Link to="/forgot-password" className={buttonClass('secondary')}>
            {t('auth.reset.requestNew')}
          </Link>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4">
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          <Field
            label={t('auth.fields.newPassword')}
            error={errors.password}
            hint={<PasswordStrengthHint password={password} />}
          >
            <PasswordInput
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="reset-password"
              autoFocus
            />
          </Field>
          <Field label={t('auth.fields.confirmPassword')} error={errors.confirm}>
            <PasswordInput
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              data-testid="reset-confirm"
            />
          </Field>
          <Button type="submit" className="w-full" loading={pending} data-testid="reset-submit">
            {t('auth.reset.submit')}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
