import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { Input, NativeSelect } from '../../components/ui/input';
import { MARKETPLACES } from './import-kinds';

/** Values that hold for every row of the file (marketplace, campaign, post…), as the preview's fixedFields ask. */
export function FixedValues({
  workspaceId,
  fields,
  values,
  onChange,
}: {
  workspaceId: string;
  fields: readonly string[];
  values: Record<string, string>;
  onChange(next: Record<string, string>): void;
}) {
  const { t } = useTranslation();
  const campaigns = useQuery({
    queryKey: campaignsKey(workspaceId),
    queryFn: () => listCampaigns(workspaceId),
    enabled: fields.includes('campaign'),
  });
  if (fields.length === 0) return null;
  const set = (field: string, value: string) => onChange({ ...values, [field]: value });
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="import-fixed">
      {fields.map((field) => {
        const id = `import-fixed-${field}`;
        return (
          <div key={field}>
            <label htmlFor={id} className="mb-1 block text-xs font-medium text-zinc-600">
              {t(`imports.fixed.${field}` as 'imports.fixed.campaign')}
            </label>
            {field === 'marketplace' || field === 'campaign' ? (
              <NativeSelect
                id={id}
                compact
                value={values[field] ?? ''}
                onChange={(event) => set(field, event.target.value)}
                data-testid={id}
              >
                <option value="">{t('imports.fixed.none')}</option>
                {field === 'marketplace'
                  ? MARKETPLACES.map((marketplace) => (
                      <option key={marketplace} value={marketplace}>
                        {t(`imports.marketplaces.${marketplace}`)}
                      </option>
                    ))
                  : (campaigns.data?.items ?? []).map((campaign) => (
                      <option key={campaign.id} value={campaign.id}>
                        {campaign.name}
                      </option>
                    ))}
              </NativeSelect>
            ) : (
              <Input
                id={id}
                value={values[field] ?? ''}
                placeholder={t(`imports.fixed.${field}Placeholder` as 'imports.fixed.postPlaceholder')}
                onChange={(event) => set(field, event.target.value)}
                data-testid={id}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
