import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { ErrorBlock, LoadingBlock } from '../../../components/ui/query-state';
import { canEditWorkspace } from '../../../lib/roles';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Card, Section } from '../section';
import { getTrackingSettings, saveTrackingSettings, trackingSettingsKey } from './tracking-settings-api';

const FIELDS = ['windowDays', 'codeBeatsLink'] as const;

/** Settings → Tracking: the attribution rules conversion postbacks are credited with. */
export function TrackingTab() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const editable = canEditWorkspace(workspace.role);
  const settings = useQuery({
    queryKey: trackingSettingsKey(workspace.id),
    queryFn: () => getTrackingSettings(workspace.id),
  });
  const [windowDays, setWindowDays] = useState('');
  const [codeBeatsLink, setCodeBeatsLink] = useState(true);
  const { errors, fromError } = useFieldErrors(FIELDS);
  const [windowError, setWindowError] = useState<string | undefined>();
  useEffect(() => {
    if (!settings.data) return;
    setWindowDays(String(settings.data.attribution.windowDays));
    setCodeBeatsLink(settings.data.attribution.codeBeatsLink);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () => saveTrackingSettings(workspace.id, { windowDays: Number(windowDays), codeBeatsLink }),
    onSuccess: (saved) => queryClient.setQueryData(trackingSettingsKey(workspace.id), saved),
    onError: (error) => fromError(error),
  });

  if (settings.isPending) return <LoadingBlock />;
  if (settings.isError) return <ErrorBlock error={settings.error} onRetry={() => void settings.refetch()} />;
  const defaults = settings.data.defaults;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = Number(windowDays);
    const valid = Number.isInteger(days) && days >= 1 && days <= 365;
    setWindowError(valid ? undefined : t('settings.tracking.windowInvalid'));
    if (valid) save.mutate();
  };

  return (
    <Section title={t('settings.tracking.title')} description={t('settings.tracking.description')}>
      <Card>
        <form onSubmit={submit} noValidate className="grid max-w-xl gap-4" data-testid="tracking-form">
          {!editable && <Alert tone="info">{t('settings.readOnly')}</Alert>}
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          {save.isSuccess && <Alert tone="success">{t('common.saved')}</Alert>}
          <Field
            label={t('settings.tracking.window')}
            error={windowError ?? errors.windowDays}
            hint={t('settings.tracking.windowHint', { days: defaults.windowDays })}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={windowDays}
              onChange={(event) => setWindowDays(event.target.value)}
              disabled={!editable}
              data-testid="tracking-window"
              className="max-w-32"
            />
          </Field>
          <Field label={t('settings.tracking.model')} hint={t('settings.tracking.modelHint')}>
            <p className="text-sm text-zinc-800" data-testid="tracking-model">
              {t('settings.tracking.lastClick')}
            </p>
          </Field>
          <label className="flex items-start gap-2.5 text-sm text-zinc-800">
            <input
              type="checkbox"
              checked={codeBeatsLink}
              onChange={(event) => setCodeBeatsLink(event.target.checked)}
              disabled={!editable}
              data-testid="tracking-code-beats-link"
              className="mt-0.5 size-4 accent-teal-700"
            />
            <span>
              <span className="font-medium">{t('settings.tracking.codeBeatsLink')}</span>
              <span className="block text-zinc-600">{t('settings.tracking.codeBeatsLinkHint')}</span>
            </span>
          </label>
          {editable && (
            <div>
              <Button type="submit" loading={save.isPending} data-testid="tracking-save">
                {t('common.save')}
              </Button>
            </div>
          )}
        </form>
      </Card>
    </Section>
  );
}
