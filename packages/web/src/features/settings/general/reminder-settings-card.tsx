import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceKey, workspacePath } from '../../../api/workspaces';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { NativeSelect } from '../../../components/ui/input';
import { api } from '../../../lib/api-client';
import { canEditWorkspace } from '../../../lib/roles';
import { useErrorText } from '../../../lib/use-error-text';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Card, Section } from '../section';

interface ReminderSettings {
  beforeHours: number;
}

/** Lead times offered, in hours (the API takes any whole number from 1 to 336). */
export const REMINDER_LEAD_HOURS = [1, 3, 6, 12, 24, 48, 72, 168, 336] as const;

const reminderSettingsKey = (workspaceId: string) =>
  [...workspaceKey(workspaceId), 'reminder-settings'] as const;

/** "3 giờ" / "2 ngày": whole days are shown as days. */
export function leadTimeParts(hours: number): { count: number; unit: 'hours' | 'days' } {
  return hours % 24 === 0 ? { count: hours / 24, unit: 'days' } : { count: hours, unit: 'hours' };
}

/** How long before a deliverable is due its owner gets a reminder (D5). */
export function ReminderSettingsCard() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const editable = canEditWorkspace(workspace.role);
  const path = `${workspacePath(workspace.id)}/reminder-settings`;
  const stored = useQuery({
    queryKey: reminderSettingsKey(workspace.id),
    queryFn: () => api.get<ReminderSettings>(path),
  });
  const [hours, setHours] = useState<number | null>(null);
  useEffect(() => {
    if (stored.data && hours === null) setHours(stored.data.beforeHours);
  }, [stored.data, hours]);
  const save = useMutation({
    mutationFn: (beforeHours: number) => api.put<ReminderSettings>(path, { beforeHours }),
    onSuccess: (saved) => queryClient.setQueryData(reminderSettingsKey(workspace.id), saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hours !== null) save.mutate(hours);
  };
  const options =
    hours === null || (REMINDER_LEAD_HOURS as readonly number[]).includes(hours)
      ? REMINDER_LEAD_HOURS
      : [...REMINDER_LEAD_HOURS, hours].sort((a, b) => a - b);
  const label = (value: number) => {
    const { count, unit } = leadTimeParts(value);
    return t(`reminderSettings.${unit}`, { count });
  };
  return (
    <Section title={t('reminderSettings.title')} description={t('reminderSettings.description')}>
      <Card>
        <form
          onSubmit={submit}
          noValidate
          className="grid max-w-xl gap-4"
          data-testid="reminder-settings-form"
        >
          {stored.isError && <Alert tone="error">{errorText(stored.error)}</Alert>}
          {save.isError && <Alert tone="error">{errorText(save.error)}</Alert>}
          {save.isSuccess && <Alert tone="success">{t('common.saved')}</Alert>}
          <Field label={t('reminderSettings.before')} hint={t('reminderSettings.hint')}>
            <NativeSelect
              value={hours ?? ''}
              onChange={(event) => setHours(Number(event.target.value))}
              disabled={!editable || hours === null}
              data-testid="reminder-before-hours"
            >
              {hours === null && <option value="">{t('common.loading')}</option>}
              {options.map((value) => (
                <option key={value} value={value}>
                  {label(value)}
                </option>
              ))}
            </NativeSelect>
          </Field>
          {editable && (
            <div>
              <Button
                type="submit"
                loading={save.isPending}
                disabled={hours === null}
                data-testid="reminder-settings-save"
              >
                {t('common.save')}
              </Button>
            </div>
          )}
        </form>
      </Card>
    </Section>
  );
}
