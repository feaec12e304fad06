import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierThresholds, Workspace } from '../../../api/types';
import { workspaceKey, workspacePath } from '../../../api/workspaces';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { api } from '../../../lib/api-client';
import { canEditWorkspace } from '../../../lib/roles';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { JobProgress } from '../../jobs/job-progress';
import { useJob } from '../../jobs/use-job';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Card, Section } from '../section';

const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
const FIELDS = TIERS.map((tier) => `settings.tierThresholds.${tier}` as const);

/** Follower bounds of the creator tiers (a lower bound belongs to its tier); below nano is KOC / seeding. */
export function TierThresholdsCard() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const editable = canEditWorkspace(workspace.role);
  const [values, setValues] = useState<Record<keyof TierThresholds, string>>(() => {
    const current = workspace.settings.tierThresholds;
    return {
      nano: String(current.nano),
      micro: String(current.micro),
      macro: String(current.macro),
      mega: String(current.mega),
    };
  });
  const { errors, fromError } = useFieldErrors(FIELDS);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(workspace.id, jobId);
  const save = useMutation({
    mutationFn: async () => {
      const tierThresholds = Object.fromEntries(
        TIERS.map((tier) => [tier, Number(values[tier])]),
      ) as unknown as TierThresholds;
      // New thresholds make the server re-tier every creator in a background job; show its progress.
      const { statsRefreshJobId, ...updated } = await api.patch<
        Workspace & { statsRefreshJobId: string | null }
      >(workspacePath(workspace.id), { settings: { tierThresholds } });
      setJobId(statsRefreshJobId);
      return updated;
    },
    onSuccess: (updated) =>
      queryClient.setQueryData(workspaceKey(workspace.id), { ...workspace, ...updated }),
    onError: (error) => fromError(error),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Section title={t('settings.tiers.title')} description={t('settings.tiers.description')}>
      <Card>
        <form onSubmit={submit} noValidate className="grid max-w-xl gap-4" data-testid="tier-thresholds-form">
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          {save.isSuccess && <Alert tone="success">{t('common.saved')}</Alert>}
          <div className="grid gap-4 sm:grid-cols-4">
            {TIERS.map((tier) => (
              <Field
                key={tier}
                label={t(`settings.tiers.${tier}`)}
                error={errors[`settings.tierThresholds.${tier}`]}
              >
                <Input
                  inputMode="numeric"
                  value={values[tier]}
                  onChange={(event) =>
                    setValues({ ...values, [tier]: event.target.value.replace(/[^0-9]/g, '') })
                  }
                  disabled={!editable}
                  data-testid={`tier-${tier}`}
                />
              </Field>
            ))}
          </div>
          <p className="text-xs text-zinc-500">{t('settings.tiers.hint')}</p>
          {jobId && <JobProgress job={job.data} testId="tier-refresh-progress" />}
          {editable && (
            <div>
              <Button type="submit" loading={save.isPending} data-testid="tier-thresholds-save">
                {t('common.save')}
              </Button>
            </div>
          )}
        </form>
      </Card>
    </Section>
  );
}
