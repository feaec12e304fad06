import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { authClient } from '../../lib/auth-client';
import { useFieldErrors } from '../../lib/use-field-errors';
import { collectErrors, validateEmail, validateRequired } from '../../lib/validate';
import { authCall, authErrorField } from './auth-call';
import { AuthLayout } from './auth-layout';
import { PasswordInput } from './password-input';
import { safeRedirect } from './safe-redirect';

const routeApi = getRouteApi('/sign-in');
const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useTranslation();
  const { redirect } = routeApi.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!validate(collectErrors({ email: validateEmail(email), password: validateRequired(password) })))
      return;
    setPending(true);
    try {
      await authCall(authClient.signIn.email({ email: email.trim(), password }));
      queryClient.clear();
      await navigate({ href: safeRedirect(redirect) });
    } catch (error) {
      fromError(error, authErrorField(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footer={
        <>
          {t('auth.signIn.noAccount')}{' '}
          <Link to="/sign-up" search={{ redirect }} className="font-medium text-teal-700 hover:underline">
            {t('auth.signUp.action')}
          </Link>
        </>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4" data-testid="signin-form">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <Field label={t('auth.fields.email')} error={errors.email}>
          <Input
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            data-testid="signin-email"
            autoFocus
          />
        </Field>
        <div className="space-y-1.5">
          <Field label={t('auth.fields.password')} error={errors.password}>
            <PasswordInput
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="signin-password"
            />
          </Field>
          <div className="text-right">
            <Link to="/forgot-password" className="text-[13px] font-medium text-teal-700 hover:underline">
              {t('auth.signIn.forgot')}
            </Link>
          </div>
        </div>
        <Button type="submit" className="w-full" loading={pending} data-testid="signin-submit">
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
