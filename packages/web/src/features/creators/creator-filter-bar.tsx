import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMembers, membersKey } from '../../api/members';
import { workspaceKey, workspacePath } from '../../api/workspaces';
import { Input, NativeSelect } from '../../components/ui/input';
import { api } from '../../lib/api-client';
import { CREATOR_SORTS, CREATOR_STATUSES, type CreatorFilters, RISK_LEVELS } from './creator-api';

const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;
const TIERS = ['koc', 'nano', 'micro', 'macro', 'mega'] as const;

interface Facet {
  value: string;
  count: number;
}

function useFacets(workspaceId: string) {
  return useQuery({
    queryKey: [...workspaceKey(workspaceId), 'creators', 'facets'],
    queryFn: () =>
      api.get<{ locations: Facet[]; niches: Facet[]; tags: Facet[] }>(
        `${workspacePath(workspaceId)}/creators/facets`,
      ),
    staleTime: 60_000,
  });
}

export function CreatorFilterBar({
  workspaceId,
  filters,
  onChange,
}: {
  workspaceId: string;
  filters: CreatorFilters;
  onChange(next: CreatorFilters): void;
}) {
  const { t } = useTranslation();
  const facets = useFacets(workspaceId).data;
  const members = useQuery({
    queryKey: membersKey(workspaceId),
    queryFn: () => listMembers(workspaceId),
  }).data;
  const set = (key: keyof CreatorFilters) => (event: { target: { value: string } }) =>
    onChange({ ...filters, [key]: event.target.value });
  const select = (key: keyof CreatorFilters, label: string, options: { value: string; label: string }[]) => (
    <div className="min-w-0">
      <label htmlFor={`filter-${key}`} className="mb-1 block text-xs font-medium text-zinc-600">
        {label}
      </label>
      <NativeSelect
        compact
        id={`filter-${key}`}
        value={String(filters[key])}
        onChange={set(key)}
        data-testid={`filter-${key}`}
      >
        <option value="">{t('creators.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  const range = (min: keyof CreatorFilters, max: keyof CreatorFilters, label: string, step: string) => (
    <fieldset className="min-w-0">
      <legend className="mb-1 block text-xs font-medium text-zinc-600">{label}</legend>
      <div className="flex items-center gap-1">
        <Input
          className="h-8"
          type="number"
          min="0"
          step={step}
          inputMode="decimal"
          value={String(filters[min])}
          onChange={set(min)}
          placeholder={t('creators.filters.from')}
          aria-label={`${label} ${t('creators.filters.from')}`}
          data-testid={`filter-${min}`}
        />
        <span className="text-zinc-400">–</span>
        <Input
          className="h-8"
          type="number"
          min="0"
          step={step}
          inputMode="decimal"
          value={String(filters[max])}
          onChange={set(max)}
          placeholder={t('creators.filters.to')}
          aria-label={`${label} ${t('creators.filters.to')}`}
          data-testid={`filter-${max}`}
        />
      </div>
    </fieldset>
  );
  const facetOptions = (list: Facet[] | undefined) =>
    (list ?? []).map((facet) => ({ value: facet.value, label: `${facet.value} (${facet.count})` }));

  return (
    <div
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-zinc-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
      data-testid="creator-filters"
    >
      {select(
        'platform',
        t('creators.filters.platform'),
        PLATFORMS.map((value) => ({ value, label: t(`platforms.${value}`) })),
      )}
      {select(
        'tier',
        t('creators.filters.tier'),
        TIERS.map((value) => ({ value, label: t(`tiers.${value}`) })),
      )}
      {select(
        'status',
        t('creators.filters.status'),
        CREATOR_STATUSES.map((value) => ({ value, label: t(`creators.status.${value}`) })),
      )}
      {select('location', t('creators.filters.location'), facetOptions(facets?.locations))}
      {select('niche', t('creators.filters.niche'), facetOptions(facets?.niches))}
      {select('tag', t('creators.filters.tag'), facetOptions(facets?.tags))}
      {select(
        'owner',
        t('creators.filters.owner'),
        (members?.items ?? []).map((member) => ({ value: member.userId, label: member.name })),
      )}
      {range('erMin', 'erMax', t('creators.filters.er'), '0.1')}
      {range('feeMin', 'feeMax', t('creators.filters.fee'), '100000')}
      <div className="min-w-0">
        <label htmlFor="filter-qualityMin" className="mb-1 block text-xs font-medium text-zinc-600">
          {t('creators.filters.qualityMin')}
        </label>
        <Input
          className="h-8"
          type="number"
          min="0"
          max="100"
          value={filters.qualityMin}
          onChange={set('qualityMin')}
          id="filter-qualityMin"
          data-testid="filter-qualityMin"
        />
      </div>
      {select(
        'risk',
        t('creators.filters.risk'),
        RISK_LEVELS.map((value) => ({ value, label: t(`creators.risk.${value}`) })),
      )}
      <div className="min-w-0">
        <label htmlFor="filter-sort" className="mb-1 block text-xs font-medium text-zinc-600">
          {t('creators.filters.sort')}
        </label>
        <NativeSelect
          compact
          value={filters.sort}
          onChange={set('sort')}
          id="filter-sort"
          data-testid="filter-sort"
        >
          {CREATOR_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`creators.sort.${value}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="min-w-0">
        <label htmlFor="filter-order" className="mb-1 block text-xs font-medium text-zinc-600">
          {t('creators.filters.order')}
        </label>
        <NativeSelect
          compact
          value={filters.order}
          onChange={set('order')}
          id="filter-order"
          data-testid="filter-order"
        >
          <option value="desc">{t('creators.filters.desc')}</option>
          <option value="asc">{t('creators.filters.asc')}</option>
        </NativeSelect>
      </div>
    </div>
  );
}
