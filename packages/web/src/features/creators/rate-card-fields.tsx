import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { PLATFORMS } from './account-fields';
import type { RateDraft } from './creator-draft';

/** Rate card in VND: one price per deliverable and platform. */
export function RateCardFields({
  items,
  errors,
  onChange,
}: {
  items: RateDraft[];
  errors: Record<string, string>;
  onChange: (items: RateDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<RateDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <div className="space-y-3">
      {items.map((item, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; order is the identity
          key={index}
          className="grid gap-3 sm:grid-cols-[1fr_10rem_12rem_auto] sm:items-end"
          data-testid="rate-row"
        >
          <Field label={t('creators.form.deliverable')} error={errors[`rateCard.${index}.deliverable`]}>
            <Input
              value={item.deliverable}
              placeholder={t('creators.form.deliverablePlaceholder')}
              onChange={(event) => update(index, { deliverable: event.target.value })}
            />
          </Field>
          <Field label={t('creators.form.platform')}>
            <NativeSelect
              value={item.platform}
              onChange={(event) => update(index, { platform: event.target.value as Platform })}
            >
              {PLATFORMS.map((platform) => (
                <option key={platform} value={platform}>
                  {t(`platforms.${platform}`)}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t('creators.form.amount')} error={errors[`rateCard.${index}.amount`]}>
            <Input
              value={item.amount}
              placeholder="5 triệu"
              onChange={(event) => update(index, { amount: event.target.value })}
            />
          </Field>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            {t('creators.form.removeRate')}
          </Button>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => onChange([...items, { deliverable: '', platform: 'tiktok', amount: '' }])}
      >
        {t('creators.form.addRate')}
      </Button>
    </div>
  );
}
