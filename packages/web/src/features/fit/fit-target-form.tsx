import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { type FitTarget, fitTargetKey, GENDERS, type Gender, saveFitTarget, splitList } from './fit-api';

/** Age ranges offered as checkboxes; the saved target is the span from the lowest to the highest ticked. */
const AGE_OPTIONS = [
  { key: '13-17', min: 13, max: 17 },
  { key: '18-24', min: 18, max: 24 },
  { key: '25-34', min: 25, max: 34 },
  { key: '35-44', min: 35, max: 44 },
  { key: '45+', min: 45, max: 65 },
] as const;

function toTarget(
  ages: string[],
  genders: Gender[],
  lists: Record<'locations' | 'interests' | 'niches', string>,
) {
  const chosen = AGE_OPTIONS.filter((option) => ages.includes(option.key));
  const target: FitTarget = {
    ageRange:
      chosen.length > 0
        ? { min: Math.min(...chosen.map((o) => o.min)), max: Math.max(...chosen.map((o) => o.max)) }
        : null,
    genders: genders.length > 0 ? genders : null,
    locations: splitList(lists.locations),
    interests: splitList(lists.interests),
    niches: splitList(lists.niches),
  };
  return target;
}

const toggle = <T,>(items: T[], item: T) =>
  items.includes(item) ? items.filter((x) => x !== item) : [...items, item];

/** A small form to give a campaign its target audience (B3), saved with PUT …/fit-target. */
export function FitTargetForm({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [ages, setAges] = useState<string[]>([]);
  const [genders, setGenders] = useState<Gender[]>([]);
  const [lists, setLists] = useState({ locations: '', interests: '', niches: '' });
  const save = useMutation({
    mutationFn: () => saveFitTarget(workspace.id, campaignId, toTarget(ages, genders, lists)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fitTargetKey(workspace.id, campaignId) }),
  });
  const checkbox = 'inline-flex items-center gap-1.5 text-sm text-zinc-700';
  return (
    <form
      className="mt-3 space-y-3"
      data-testid="fit-target-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <p className="text-sm text-zinc-600">{t('fit.noTarget')}</p>
      <fieldset>
        <legend className="text-[13px] font-medium text-zinc-700">{t('fit.form.ages')}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {AGE_OPTIONS.map((option) => (
            <label key={option.key} className={checkbox}>
              <input
                type="checkbox"
                checked={ages.includes(option.key)}
                onChange={() => setAges(toggle(ages, option.key))}
              />
              {option.key}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-[13px] font-medium text-zinc-700">{t('fit.form.genders')}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {GENDERS.map((gender) => (
            <label key={gender} className={checkbox}>
              <input
                type="checkbox"
                checked={genders.includes(gender)}
                onChange={() => setGenders(toggle(genders, gender))}
              />
              {t(`fit.genders.${gender}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {(['locations', 'interests', 'niches'] as const).map((field) => (
        <Field key={field} label={t(`fit.form.${field}`)}>
          <Input
            value={lists[field]}
            placeholder={t(`fit.form.${field}Placeholder`)}
            onChange={(event) => setLists({ ...lists, [field]: event.target.value })}
          />
        </Field>
      ))}
      {save.isError && <p className="text-sm text-red-600">{errorText(save.error)}</p>}
      <Button type="submit" size="sm" loading={save.isPending}>
        {t('fit.form.save')}
      </Button>
    </form>
  );
}
