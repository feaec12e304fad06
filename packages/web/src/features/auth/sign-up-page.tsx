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
import { collectErrors, validateEmail, validateNewPassword, validateRequired } from '../../lib/validate';
import { authCall, authErrorField } from './auth-call';
import { AuthLayout } from './auth-layout';
import { PasswordInput } from './password-input';
import { PasswordStrengthHint } from './password-strength-hint';
import { safeRedirect } from './safe-redirect';

const routeApi = getRouteApi('/sign-up');
const FIELDS = ['name', 'email', 'password'] as const;

export function SignUpPage() {
  const { t } = useTranslation();
  const { redirect } = routeApi.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const valid = validate(
      collectErrors({
        name: validateRequired(name),
        email: validateEmail(email),
        password: validateNewPassword(password),
      }),
    );
    if (!valid) return;
    setPending(true);
    try {
      await authCall(authClient.signUp.email({ name: name.trim(), email: email.trim(), password }));
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
      title={t('auth.signUp.title')}
      subtitle={t('auth.signUp.subtitle')}
      footer={
        <>
          {t('auth.signUp.haveAccount')}{' '}
          <Link to="/sign-in" search={{ redirect }} className="font-medium text-teal-700 hover:underline">
            {t('auth.signIn.action')}
          </Link>
        </>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4" data-testid="signup-form">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <Field label={t('auth.fields.name')} error={errors.name}>
          <Input
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            data-testid="signup-name"
            autoFocus
          />
        </Field>
        <Field label={t('auth.fields.workEmail')} error={errors.email}>
          <Input
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            data-testid="signup-email"
          />
        </Field>
        <Field
          label={t('auth.fields.password')}
          error={errors.password}
          hint={<PasswordStrengthHint password={password} />}
        >
          <PasswordInput
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="signup-password"
          />
        </Field>
        <Button type="submit" className="w-full" loading={pending} data-testid="signup-submit">
          {t('auth.signUp.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
