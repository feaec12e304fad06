import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meKey } from '../../../api/me';
import type { Locale } from '../../../api/types';
import { updateWorkspace, workspaceKey } from '../../../api/workspaces';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input, NativeSelect } from '../../../components/ui/input';
import { canEditWorkspace } from '../../../lib/roles';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { collectErrors, validateRequired } from '../../../lib/validate';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Card, Section } from '../section';
import { CompetitorBrandsCard } from './competitor-brands-card';
import { CURRENCIES, TIMEZONES, withCurrent } from './options';
import { ReminderSettingsCard } from './reminder-settings-card';
import { TierThresholdsCard } from './tier-thresholds-card';

const FIELDS = ['name', 'currency', 'timezone', 'locale'] as const;

export function GeneralTab() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const editable = canEditWorkspace(workspace.role);
  const [name, setName] = useState(workspace.name);
  const [currency, setCurrency] = useState(workspace.settings.currency);
  const [timezone, setTimezone] = useState(workspace.settings.timezone);
  const [locale, setLocale] = useState<Locale>(workspace.settings.locale);
  const { errors, validate, fromError } = useFieldErrors(FIELDS);
  const save = useMutation({
    mutationFn: () =>
      updateWorkspace(workspace.id, { name: name.trim(), settings: { currency, timezone, locale } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(workspaceKey(workspace.id), { ...workspace, ...updated });
      await queryClient.invalidateQueries({ queryKey: meKey });
    },
    onError: (error) => fromError(error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (validate(collectErrors({ name: validateRequired(name) }))) save.mutate();
  };

  return (
    <>
      <Section title={t('settings.general.title')} description={t('settings.general.description')}>
        <Card>
          <form onSubmit={submit} noValidate className="grid max-w-xl gap-4" data-testid="general-form">
            {!editable && <Alert tone="info">{t('settings.readOnly')}</Alert>}
            {errors.form && <Alert tone="error">{errors.form}</Alert>}
            {save.isSuccess && <Alert tone="success">{t('common.saved')}</Alert>}
            <Field label={t('settings.general.name')} error={errors.name}>
              <Input
                value={name}
                onChange={(event) => setName(event.target.value)}
                disabled={!editable}
                maxLength={80}
              />
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={t('settings.general.currency')} error={errors.currency}>
                <NativeSelect
                  value={currency}
                  onChange={(event) => setCurrency(event.target.value)}
                  disabled={!editable}
                >
                  {withCurrent(CURRENCIES, currency).map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Field
                label={t('settings.general.timezone')}
                error={errors.timezone}
                hint={t('settings.general.timezoneHint')}
              >
                <NativeSelect
                  value={timezone}
                  onChange={(event) => setTimezone(event.target.value)}
                  disabled={!editable}
                >
                  {withCurrent(TIMEZONES, timezone).map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
            </div>
            <Field
              label={t('settings.general.locale')}
              error={errors.locale}
              hint={t('settings.general.localeHint')}
            >
              <NativeSelect
                value={locale}
                onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'vi')}
                disabled={!editable}
              >
                <option value="vi">Tiếng Việt</option>
                <option value="en">English</option>
              </NativeSelect>
            </Field>
            {editable && (
              <div>
                <Button type="submit" loading={save.isPending} data-testid="general-save">
                  {t('common.save')}
                </Button>
              </div>
            )}
          </form>
        </Card>
      </Section>
      <TierThresholdsCard />
      <CompetitorBrandsCard />
      <ReminderSettingsCard />
    </>
  );
}
