import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceKey } from '../../api/workspaces';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { cn } from '../../lib/cn';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { createCampaign, getKpiSuggestions, kpiSuggestionsKey, updateCampaign } from './campaign-api';
import { WizardBudgetStep } from './wizard-budget-step';
import { WizardDetailsStep } from './wizard-details-step';
import { draftToInput, type StepProblem, stepProblem, WIZARD_STEPS, type WizardDraft } from './wizard-draft';
import { WizardGoalStep } from './wizard-goal-step';
import { WizardKpiStep } from './wizard-kpi-step';
import { WizardTargetStep } from './wizard-target-step';

/** Goals first, then KPIs, SMART targets, details and budget (seed 001/002); creates or edits a campaign. */
export function CampaignWizard({ initial, campaignId }: { initial: WizardDraft; campaignId?: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [draft, setDraft] = useState(initial);
  const [stepIndex, setStepIndex] = useState(0);
  const [problem, setProblem] = useState<StepProblem | null>(null);
  const suggestions = useQuery({
    queryKey: kpiSuggestionsKey(workspace.id),
    queryFn: () => getKpiSuggestions(workspace.id),
  });
  const save = useMutation({
    mutationFn: () =>
      campaignId
        ? updateCampaign(workspace.id, campaignId, draftToInput(draft))
        : createCampaign(workspace.id, draftToInput(draft)),
    onSuccess: async (campaign) => {
      await queryClient.invalidateQueries({ queryKey: [...workspaceKey(workspace.id), 'campaigns'] });
      await navigate({
        to: '/w/$workspaceId/campaigns/$campaignId',
        params: { workspaceId: workspace.id, campaignId: campaign.id },
      });
    },
  });
  if (suggestions.isPending) return <LoadingBlock />;
  if (suggestions.isError)
    return <ErrorBlock error={suggestions.error} onRetry={() => suggestions.refetch()} />;
  const step = WIZARD_STEPS[stepIndex] ?? 'goals';
  const onChange = (patch: Partial<WizardDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setProblem(null);
  };
  const next = () => {
    const found = stepProblem(step, draft);
    setProblem(found);
    if (found) return;
    if (stepIndex < WIZARD_STEPS.length - 1) setStepIndex(stepIndex + 1);
    else save.mutate();
  };
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm" data-testid="campaign-wizard">
      <ol className="mb-6 flex flex-wrap gap-2 text-xs">
        {WIZARD_STEPS.map((name, index) => (
          <li
            key={name}
            className={cn(
              'rounded-full px-3 py-1 font-medium',
              index === stepIndex
                ? 'bg-teal-700 text-white'
                : index < stepIndex
                  ? 'bg-teal-50 text-teal-800'
                  : 'bg-zinc-100 text-zinc-500',
            )}
          >
            {index + 1}. {t(`campaigns.wizard.steps.${name}`)}
          </li>
        ))}
      </ol>
      {step === 'goals' && <WizardGoalStep draft={draft} onChange={onChange} />}
      {step === 'kpis' && <WizardKpiStep draft={draft} suggestions={suggestions.data} onChange={onChange} />}
      {step === 'targets' && (
        <WizardTargetStep draft={draft} suggestions={suggestions.data} onChange={onChange} />
      )}
      {step === 'details' && <WizardDetailsStep draft={draft} onChange={onChange} />}
      {step === 'budget' && <WizardBudgetStep draft={draft} onChange={onChange} />}
      <div className="mt-5 space-y-3">
        {problem && <Alert tone="error">{t(`campaigns.wizard.problems.${problem}`)}</Alert>}
        {save.isError && <Alert tone="error">{errorText(save.error)}</Alert>}
        <div className="flex justify-between">
          <Button variant="secondary" disabled={stepIndex === 0} onClick={() => setStepIndex(stepIndex - 1)}>
            {t('campaigns.wizard.back')}
          </Button>
          <Button onClick={next} loading={save.isPending} data-testid="wizard-next">
            {stepIndex === WIZARD_STEPS.length - 1
              ? t(campaignId ? 'campaigns.wizard.saveChanges' : 'campaigns.wizard.create')
              : t('campaigns.wizard.next')}
          </Button>
        </div>
      </div>
    </div>
  );
}
