import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { FUNNEL_STAGES, GOALS, type Goal } from './campaign-api';
import type { WizardDraft } from './wizard-draft';

interface StepProps {
  draft: WizardDraft;
  onChange: (patch: Partial<WizardDraft>) => void;
}

export function WizardGoalStep({ draft, onChange }: StepProps) {
  const { t } = useTranslation();
  const toggle = (goal: Goal) =>
    onChange({
      objectives: draft.objectives.includes(goal)
        ? draft.objectives.filter((g) => g !== goal)
        : [...draft.objectives, goal],
      funnelStage: draft.funnelStage ?? goal,
    });
  return (
    <div className="space-y-6">
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">
          {t('campaigns.wizard.goals.objectives')}
        </legend>
        <p className="mt-1 text-xs text-zinc-500">{t('campaigns.wizard.goals.objectivesHint')}</p>
        <div className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {GOALS.map((goal) => (
            <label
              key={goal}
              className={cn(
                'flex cursor-pointer items-start gap-2 rounded-lg border p-3 text-sm',
                draft.objectives.includes(goal) ? 'border-teal-600 bg-teal-50' : 'border-zinc-200 bg-white',
              )}
            >
              <input
                type="checkbox"
                className="mt-0.5"
                checked={draft.objectives.includes(goal)}
                onChange={() => toggle(goal)}
                data-testid={`goal-${goal}`}
              />
              <span>
                <span className="block font-medium text-zinc-900">{t(`campaigns.goals.${goal}`)}</span>
                <span className="block text-xs text-zinc-500">{t(`campaigns.goalHints.${goal}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">{t('campaigns.wizard.goals.funnel')}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {FUNNEL_STAGES.map((stage) => (
            <label key={stage} className="flex items-center gap-1.5 text-sm text-zinc-700">
              <input
                type="radio"
                name="funnel-stage"
                checked={draft.funnelStage === stage}
                onChange={() => onChange({ funnelStage: stage })}
              />
              {t(`campaigns.funnel.${stage}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
