import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { authClient } from '../../../lib/auth-client';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { collectErrors, validateNewPassword, validateRequired } from '../../../lib/validate';
import { authCall, authErrorField } from '../../auth/auth-call';
import { PasswordInput } from '../../auth/password-input';
import { PasswordStrengthHint } from '../../auth/password-strength-hint';
import { Card } from '../section';

const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [revokeOtherSessions, setRevokeOtherSessions] = useState(true);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const checks = collectErrors({
      currentPassword: validateRequired(currentPassword),
      newPassword: validateNewPassword(newPassword),
      confirm: confirm === newPassword ? null : 'passwordsDiffer',
    });
    if (!validate(checks)) return;
    setPending(true);
    try {
      await authCall(authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions }));
      setCurrentPassword('');
      setNewPassword('');
      setConfirm('');
      setDone(true);
    } catch (error) {
      fromError(error, authErrorField(error, 'newPassword'));
    } finally {
      setPending(false);
    }
  };

  return (
    <Card>
      <form onSubmit={submit} noValidate className="grid max-w-md gap-4" data-testid="change-password-form">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        {done && <Alert tone="success">{t('account.password.changed')}</Alert>}
        <Field label={t('auth.fields.currentPassword')} error={errors.currentPassword}>
          <PasswordInput
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            data-testid="current-password"
          />
        </Field>
        <Field
          label={t('auth.fields.newPassword')}
          error={errors.newPassword}
          hint={<PasswordStrengthHint password={newPassword} />}
        >
          <PasswordInput
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            data-testid="new-password"
          />
        </Field>
        <Field label={t('auth.fields.confirmPassword')} error={errors.confirm}>
          <PasswordInput
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            data-testid="confirm-password"
          />
        </Field>
        <label className="flex items-center gap-2 text-sm text-zinc-700">
          <input
            type="checkbox"
            checked={revokeOtherSessions}
            onChange={(event) => setRevokeOtherSessions(event.target.checked)}
            className="size-4 rounded border-zinc-300 accent-teal-700"
          />
          {t('account.password.revokeOthers')}
        </label>
        <div>
          <Button type="submit" loading={pending} data-testid="change-password-submit">
            {t('account.password.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
