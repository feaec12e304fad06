import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatMoney } from '../../lib/format';
import { BriefCard } from '../briefs/brief-card';
import { useWorkspace } from '../workspaces/use-workspace';
import type { CampaignDetail } from './campaign-api';
import { CampaignBudgetCard } from './campaign-budget-card';
import { CampaignKpiCard } from './campaign-kpi-card';
import { canPlanMix } from './mix-form';
import { MixPanel } from './mix-panel';
import { useCampaignFromLayout } from './use-campaign';

export function CampaignOverviewTab() {
  const workspace = useWorkspace();
  const campaign = useCampaignFromLayout();
  if (!campaign) return null;
  const timeZone = workspace.settings.timezone;
  return (
    <div className="space-y-6" data-testid="campaign-detail">
      <CampaignKpiCard campaign={campaign} timeZone={timeZone} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Plan campaign={campaign} timeZone={timeZone} />
        <Creators campaign={campaign} />
      </div>
      <CampaignBudgetCard campaign={campaign} />
      {canPlanMix(workspace.role) && <MixPanel campaign={campaign} />}
      <BriefCard campaignId={campaign.id} />
    </div>
  );
}

function Plan({ campaign, timeZone }: { campaign: CampaignDetail; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const date = (value: string | null) => (value ? formatDate(value, locale, timeZone) : '…');
  const rows: [string, string][] = [
    [
      t('campaigns.wizard.goals.objectives'),
      campaign.objectives.map((g) => t(`campaigns.goals.${g}`)).join(', ') || '—',
    ],
    [
      t('campaigns.wizard.goals.funnel'),
      campaign.funnelStage ? t(`campaigns.funnel.${campaign.funnelStage}`) : '—',
    ],
    [t('campaigns.columns.dates'), `${date(campaign.startDate)} – ${date(campaign.endDate)}`],
    [t('campaigns.wizard.details.competitors'), campaign.competitors.join(', ') || '—'],
    [t('campaigns.wizard.details.audience'), campaign.targetAudience ?? '—'],
  ];
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="campaign-plan">
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{t('campaigns.detail.plan')}</h2>
      <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-zinc-500">{label}</dt>
            <dd className="text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Creators({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <section
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="campaign-creators"
    >
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">
        {t('campaigns.detail.creators', { count: campaign.creators.length })}
      </h2>
      {campaign.creators.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('campaigns.detail.noCreators')}</p>
      ) : (
        <ul className="divide-y divide-zinc-100 text-sm">
          {campaign.creators.map((creator) => (
            <li key={creator.creatorId} className="flex justify-between py-1.5">
              <span className="text-zinc-900">{creator.name}</span>
              <span className="text-zinc-600 tabular-nums">
                {creator.fee === null ? '—' : formatMoney(creator.fee, 'VND', locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
