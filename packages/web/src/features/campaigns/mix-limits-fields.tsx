import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { MIX_RISKS, MIX_TIERS, type MixFormState, type MixTier } from './mix-form';

type Limits = Pick<MixFormState, 'minPerTier' | 'maxPerTier' | 'minQuality' | 'maxRisk'>;

/** Min/max creators per tier, minimum quality and maximum risk of the optimiser; errors keyed by field. */
export function MixLimitsFields({
  value,
  onChange,
  errorOf,
}: {
  value: Limits;
  onChange: (next: Partial<Limits>) => void;
  errorOf: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const setCount = (side: 'minPerTier' | 'maxPerTier', tier: MixTier, text: string) =>
    onChange({ [side]: { ...value[side], [tier]: text } });
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_16rem]">
      <fieldset className="rounded-lg border border-zinc-200 p-3" data-testid="mix-tier-limits">
        <legend className="px-1 text-[13px] font-medium text-zinc-700">
          {t('campaigns.mix.tierLimits')}
        </legend>
        <p className="mb-2 text-xs text-zinc-500">{t('campaigns.mix.tierLimitsHint')}</p>
        <div className="grid grid-cols-[5rem_repeat(5,minmax(0,1fr))] items-start gap-2 text-sm">
          <span />
          {MIX_TIERS.map((tier) => (
            <span key={tier} className="text-center text-xs font-medium text-zinc-600">
              {t(`tiers.${tier}`)}
            </span>
          ))}
          {(['minPerTier', 'maxPerTier'] as const).map((side) => (
            <div key={side} className="contents">
              <span className="pt-2 text-xs text-zinc-600">{t(`campaigns.mix.${side}`)}</span>
              {MIX_TIERS.map((tier) => {
                const error = errorOf(`${side}.${tier}`);
                return (
                  <div key={tier}>
                    <Input
                      inputMode="numeric"
                      aria-label={`${t(`campaigns.mix.${side}`)} ${t(`tiers.${tier}`)}`}
                      aria-invalid={error ? true : undefined}
                      value={value[side][tier]}
                      onChange={(e) => setCount(side, tier, e.target.value)}
                      data-testid={`mix-${side}-${tier}`}
                    />
                    {error && (
                      <p role="alert" className="mt-1 text-xs font-medium text-red-600">
                        {error}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="space-y-3">
        <Field label={t('campaigns.mix.minQuality')} error={errorOf('minQuality')}>
          <Input
            inputMode="decimal"
            value={value.minQuality}
            onChange={(e) => onChange({ minQuality: e.target.value })}
            data-testid="mix-min-quality"
          />
        </Field>
        <Field label={t('campaigns.mix.maxRisk')}>
          <NativeSelect
            value={value.maxRisk}
            onChange={(e) => onChange({ maxRisk: e.target.value as Limits['maxRisk'] })}
            data-testid="mix-max-risk"
          >
            <option value="">{t('campaigns.mix.anyRisk')}</option>
            {MIX_RISKS.map((risk) => (
              <option key={risk} value={risk}>
                {t(`campaigns.mix.risks.${risk}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
    </div>
  );
}
