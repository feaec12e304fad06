import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../api/types';
import { CampaignStatusBadge } from '../../components/domain/campaign-status-badge';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatMoney } from '../../lib/format';

export function CampaignsTable({
  campaigns,
  timeZone,
  workspaceId,
}: {
  campaigns: Campaign[];
  timeZone: string;
  workspaceId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const date = (value: string | null) => (value ? formatDate(value, locale, timeZone) : '…');
  return (
    <Table data-testid="campaigns-table">
      <thead>
        <tr>
          <Th>{t('campaigns.columns.name')}</Th>
          <Th>{t('campaigns.columns.status')}</Th>
          <Th>{t('campaigns.columns.dates')}</Th>
          <Th className="text-right">{t('campaigns.columns.budget')}</Th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((campaign) => (
          <Tr key={campaign.id} data-testid="campaign-row">
            <Td>
              <Link
                to="/w/$workspaceId/campaigns/$campaignId"
                params={{ workspaceId, campaignId: campaign.id }}
                className="font-medium text-zinc-900 hover:text-teal-700 hover:underline"
              >
                {campaign.name}
              </Link>
              {campaign.brand && <div className="mt-0.5 text-xs text-zinc-500">{campaign.brand}</div>}
            </Td>
            <Td>
              <CampaignStatusBadge status={campaign.status} />
            </Td>
            <Td className="whitespace-nowrap text-zinc-700 tabular-nums">
              {campaign.startDate || campaign.endDate
                ? `${date(campaign.startDate)} – ${date(campaign.endDate)}`
                : '—'}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {campaign.budget ? formatMoney(campaign.budget.amount, campaign.budget.currency, locale) : '—'}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
