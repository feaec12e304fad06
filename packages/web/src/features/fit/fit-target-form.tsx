import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { type FitTarget, fitTargetKey, GENDERS, type Gender, saveFitTarget } from './fit-api';
import { AGE_OPTIONS, agesOf, toTarget } from './fit-target-draft';

const toggle = <T,>(items: T[], item: T) =>
  items.includes(item) ? items.filter((x) => x !== item) : [...items, item];

/**
 * Gives a campaign its target audience (B3) or changes the saved one (`initial`), saved with PUT …/fit-target
 * (audited). A saved age range stays exactly as it was unless an age box is changed.
 */
export function FitTargetForm({
  campaignId,
  initial = null,
  onDone,
}: {
  campaignId: string;
  initial?: FitTarget | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [ages, setAges] = useState<string[]>(() => agesOf(initial?.ageRange));
  const [keptAgeRange, setKeptAgeRange] = useState<FitTarget['ageRange']>(
    initial?.ageRange ? initial.ageRange : undefined,
  );
  const [genders, setGenders] = useState<Gender[]>(initial?.genders ?? []);
  const [lists, setLists] = useState({
    locations: initial?.locations?.join(', ') ?? '',
    interests: initial?.interests?.join(', ') ?? '',
    niches: initial?.niches?.join(', ') ?? '',
  });
  const save = useMutation({
    mutationFn: () => saveFitTarget(workspace.id, campaignId, toTarget(ages, keptAgeRange, genders, lists)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: fitTargetKey(workspace.id, campaignId) });
      onDone?.();
    },
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
      {!initial && <p className="text-sm text-zinc-600">{t('fit.noTarget')}</p>}
      <fieldset>
        <legend className="text-[13px] font-medium text-zinc-700">
          {t('fit.form.ages')}
          {keptAgeRange && (
            <span className="ml-2 font-normal text-zinc-500">
              {t('fit.form.savedAges', { min: keptAgeRange.min, max: keptAgeRange.max })}
            </span>
          )}
        </legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {AGE_OPTIONS.map((option) => (
            <label key={option.key} className={checkbox}>
              <input
                type="checkbox"
                checked={ages.includes(option.key)}
                onChange={() => {
                  setAges(toggle(ages, option.key));
                  setKeptAgeRange(undefined);
                }}
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
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={save.isPending} data-testid="fit-target-save">
          {t('fit.form.save')}
        </Button>
        {onDone && (
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            {t('fit.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
