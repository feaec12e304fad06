import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatNumber } from '../../lib/format';
import { useWorkspace } from '../workspaces/use-workspace';
import type { CampaignDetail } from './campaign-api';
import { campaignForecastKey, getCampaignForecast } from './forecast-api';
import { KpiForecastCell } from './kpi-forecast-cell';

export function CampaignKpiCard({ campaign, timeZone }: { campaign: CampaignDetail; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const forecast = useQuery({
    queryKey: campaignForecastKey(workspace.id, campaign.id),
    queryFn: () => getCampaignForecast(workspace.id, campaign.id),
    enabled: campaign.kpis.length > 0,
  });
  const forecastOf = (kpiId: string) => forecast.data?.kpis.find((k) => k.kpiId === kpiId);
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="campaign-kpis">
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{t('campaigns.detail.kpis')}</h2>
      {campaign.tooManyKpis && <Alert tone="warning">{t('campaigns.wizard.kpis.tooMany', { max: 5 })}</Alert>}
      {campaign.kpis.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('campaigns.detail.noKpis')}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('campaigns.detail.kpi')}</Th>
              <Th className="text-right">{t('campaigns.wizard.targets.target')}</Th>
              <Th>{t('campaigns.wizard.targets.deadline')}</Th>
              <Th title={t('campaigns.forecast.hint')}>
                {t('campaigns.forecast.column', {
                  confidence: Math.round((forecast.data?.confidence ?? 0.8) * 100),
                })}
              </Th>
            </tr>
          </thead>
          <tbody>
            {campaign.kpis.map((kpi) => (
              <Tr key={kpi.id}>
                <Td>
                  <div className="font-medium text-zinc-900">{kpi.name[locale]}</div>
                  <div className="text-xs text-zinc-500">{t(`campaigns.units.${kpi.unit}`)}</div>
                </Td>
                <Td className="text-right tabular-nums">
                  {kpi.target === null ? (
                    <span className="text-amber-700">{t('campaigns.detail.noTarget')}</span>
                  ) : (
                    formatNumber(kpi.target, locale)
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  {kpi.deadline ? formatDate(kpi.deadline, locale, timeZone) : '—'}
                </Td>
                <Td>
                  {forecast.isError ? (
                    <span className="text-xs text-red-700">{t('campaigns.forecast.failed')}</span>
                  ) : forecast.data ? (
                    <KpiForecastCell
                      forecast={forecastOf(kpi.kpiId)}
                      plan={forecast.data}
                      unit={kpi.unit}
                      direction={kpi.direction}
                    />
                  ) : (
                    <span className="text-zinc-400">…</span>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
