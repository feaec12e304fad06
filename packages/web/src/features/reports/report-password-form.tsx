import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { isApiError } from '../../lib/api-error';
import { useErrorText } from '../../lib/use-error-text';
import { unlockPublicReport } from './reports-api';

/** Asks for the password of a protected report link; a plain async call keeps its 401 out of the query cache. */
export function ReportPasswordForm({ token, onUnlocked }: { token: string; onUnlocked(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    setPending(true);
    setError(null);
    try {
      await unlockPublicReport(token, password);
      onUnlocked();
    } catch (cause) {
      setError(
        isApiError(cause) && cause.code === 'wrong_password'
          ? t('sharedReports.public.wrongPassword')
          : errorText(cause),
      );
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      onSubmit={submit}
      className="mx-auto mt-8 max-w-sm space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
      data-testid="report-password-form"
    >
      <div>
        <h1 className="text-base font-semibold text-zinc-900">{t('sharedReports.public.lockedTitle')}</h1>
        <p className="mt-1 text-sm text-zinc-600">{t('sharedReports.public.lockedDescription')}</p>
      </div>
      {error && (
        <Alert tone="error">
          <span data-testid="report-password-error">{error}</span>
        </Alert>
      )}
      <Field label={t('sharedReports.public.password')}>
        <Input
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          autoFocus
          data-testid="report-password"
        />
      </Field>
      <Button type="submit" loading={pending} data-testid="report-password-submit">
        {t('sharedReports.public.unlock')}
      </Button>
    </form>
  );
}
