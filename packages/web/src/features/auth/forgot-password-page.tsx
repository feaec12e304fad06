import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { authClient } from '../../lib/auth-client';
import { useFieldErrors } from '../../lib/use-field-errors';
import { collectErrors, validateEmail } from '../../lib/validate';
import { authCall, authErrorField } from './auth-call';
import { AuthLayout } from './auth-layout';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!validate(collectErrors({ email: validateEmail(email) }))) return;
    setPending(true);
    try {
      await authCall(authClient.requestPasswordReset({ email: email.trim(), redirectTo: '/reset-password' }));
      setSentTo(email.trim());
    } catch (error) {
      fromError(error, authErrorField(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.forgot.title')}
      subtitle={t('auth.forgot.subtitle')}
      footer={
        <Link to="/sign-in" className="font-medium text-teal-700 hover:underline">
          {t('auth.backToSignIn')}
        </Link>
      }
    >
      {sentTo ? (
        <div className="space-y-3" data-testid="forgot-sent">
          <Alert tone="success">{t('auth.forgot.sent', { email: sentTo })}</Alert>
          <p className="text-sm text-zinc-600">{t('auth.forgot.noSmtp')}</p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4">
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          <Field label={t('auth.fields.email')} error={errors.email}>
            <Input
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              data-testid="forgot-email"
              autoFocus
            />
          </Field>
          <Button type="submit" className="w-full" loading={pending} data-testid="forgot-submit">
            {t('auth.forgot.submit')}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
