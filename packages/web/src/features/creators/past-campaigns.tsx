import { useTranslation } from 'react-i18next';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatMoney } from '../../lib/format';
import type { CreatorVetting } from './vetting-api';

export function PastCampaigns({ campaigns }: { campaigns: CreatorVetting['pastCampaigns'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('vetting.campaigns.title')}</h2>
      {campaigns.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('vetting.campaigns.none')}</p>
      ) : (
        <Table data-testid="past-campaigns">
          <thead>
            <tr>
              <Th>{t('vetting.campaigns.name')}</Th>
              <Th>{t('vetting.campaigns.period')}</Th>
              <Th className="text-right">{t('vetting.campaigns.posts')}</Th>
              <Th className="text-right">{t('vetting.campaigns.fee')}</Th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <Tr key={campaign.id}>
                <Td className="font-medium">{campaign.name}</Td>
                <Td className="text-xs text-zinc-600">
                  {campaign.startDate ? formatDate(campaign.startDate, locale) : '…'} –{' '}
                  {campaign.endDate ? formatDate(campaign.endDate, locale) : '…'}
                </Td>
                <Td className="text-right tabular-nums">{campaign.posts}</Td>
                <Td className="text-right tabular-nums">
                  {campaign.fee === null ? '—' : formatMoney(campaign.fee, 'VND', locale)}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
