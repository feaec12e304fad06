import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { type AccountDraft, AUDIENCE_GENDERS, type AudienceDraft, emptyAccount } from './creator-draft';

export const PLATFORMS: Platform[] = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'];

interface Props {
  accounts: AccountDraft[];
  errors: Record<string, string>;
  onChange: (accounts: AccountDraft[]) => void;
}

/** The creator's platform accounts, each with its follower count and audience demographics (A1). */
export function AccountFields({ accounts, errors, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AccountDraft>) =>
    onChange(accounts.map((account, i) => (i === index ? { ...account, ...patch } : account)));
  return (
    <div className="space-y-4">
      {accounts.map((account, index) => {
        const at = `accounts.${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is the identity
          <fieldset key={index} className="rounded-lg border border-zinc-200 p-3" data-testid="account-row">
            <div className="grid gap-3 sm:grid-cols-[10rem_1fr_1fr_9rem_auto] sm:items-end">
              <Field label={t('creators.form.platform')}>
                <NativeSelect
                  value={account.platform}
                  onChange={(event) => update(index, { platform: event.target.value as Platform })}
                >
                  {PLATFORMS.map((platform) => (
                    <option key={platform} value={platform}>
                      {t(`platforms.${platform}`)}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <Field label={t('creators.form.handle')} error={errors[`${at}.handle`]}>
                <Input
                  value={account.handle}
                  placeholder="@ten.tai.khoan"
                  onChange={(event) => update(index, { handle: event.target.value })}
                  data-testid="account-handle"
                />
              </Field>
              <Field label={t('creators.form.url')} error={errors[`${at}.url`]}>
                <Input
                  value={account.url}
                  inputMode="url"
                  onChange={(event) => update(index, { url: event.target.value })}
                />
              </Field>
              <Field label={t('creators.form.followers')} error={errors[`${at}.followers`]}>
                <Input
                  value={account.followers}
                  placeholder="12,5K"
                  onChange={(event) => update(index, { followers: event.target.value })}
                  data-testid="account-followers"
                />
              </Field>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={accounts.length === 1}
                onClick={() => onChange(accounts.filter((_, i) => i !== index))}
              >
                {t('creators.form.removeAccount')}
              </Button>
            </div>
            <AudienceFields
              audience={account.audience}
              at={`${at}.audience`}
              errors={errors}
              onChange={(audience) => update(index, { audience })}
            />
          </fieldset>
        );
      })}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => onChange([...accounts, emptyAccount()])}
      >
        {t('creators.form.addAccount')}
      </Button>
    </div>
  );
}

function AudienceFields({
  audience,
  at,
  errors,
  onChange,
}: {
  audience: AudienceDraft;
  at: string;
  errors: Record<string, string>;
  onChange: (audience: AudienceDraft) => void;
}) {
  const { t } = useTranslation();
  const shareError = (group: string, keys: string[]) =>
    keys.map((key) => errors[`${at}.${group}.${key}`]).find(Boolean);
  const percentInput = 'h-8 text-right tabular-nums';
  return (
    <details className="mt-3" open={Object.keys(errors).some((path) => path.startsWith(at))}>
      <summary className="cursor-pointer text-[13px] font-medium text-teal-700">
        {t('creators.form.audience')}
      </summary>
      <p className="mt-1 text-xs text-zinc-500">{t('creators.form.audienceHint')}</p>
      <div className="mt-2 grid gap-3 lg:grid-cols-2">
        <div>
          <p className="text-[13px] font-medium text-zinc-700">{t('creators.form.ages')}</p>
          <div className="mt-1 flex flex-wrap gap-2">
            {Object.entries(audience.ages).map(([band, value]) => (
              <span
                key={band}
                className="flex w-28 items-center gap-1.5 whitespace-nowrap text-xs text-zinc-600"
              >
                {band}
                <Input
                  className={percentInput}
                  value={value}
                  aria-label={`${t('creators.form.ages')} ${band} (%)`}
                  onChange={(event) =>
                    onChange({ ...audience, ages: { ...audience.ages, [band]: event.target.value } })
                  }
                />
              </span>
            ))}
          </div>
          <ShareError message={shareError('ageBands', Object.keys(audience.ages))} />
        </div>
        <div>
          <p className="text-[13px] font-medium text-zinc-700">{t('creators.form.genders')}</p>
          <div className="mt-1 flex flex-wrap gap-2">
            {AUDIENCE_GENDERS.map((gender) => (
              <span
                key={gender}
                className="flex w-28 items-center gap-1.5 whitespace-nowrap text-xs text-zinc-600"
              >
                {t(`fit.genders.${gender}`)}
                <Input
                  className={percentInput}
                  value={audience.genders[gender]}
                  aria-label={`${t(`fit.genders.${gender}`)} (%)`}
                  onChange={(event) =>
                    onChange({ ...audience, genders: { ...audience.genders, [gender]: event.target.value } })
                  }
                />
              </span>
            ))}
          </div>
          <ShareError message={shareError('gender', [...AUDIENCE_GENDERS])} />
        </div>
        <Field label={t('creators.form.topLocations')} error={errors[`${at}.topLocations`]}>
          <Input
            value={audience.locations}
            placeholder="TP.HCM 30, Hà Nội 20"
            onChange={(event) => onChange({ ...audience, locations: event.target.value })}
          />
        </Field>
        <Field label={t('creators.form.interests')}>
          <Input
            value={audience.interests}
            placeholder={t('fit.form.interestsPlaceholder')}
            onChange={(event) => onChange({ ...audience, interests: event.target.value })}
          />
        </Field>
      </div>
    </details>
  );
}

function ShareError({ message }: { message: string | undefined }) {
  return message ? <p className="mt-1 text-xs font-medium text-red-600">{message}</p> : null;
}
