import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatMoney } from '../../lib/format';
import { useWorkspace } from '../workspaces/use-workspace';
import { contractsKey, listContracts } from './contracts-api';

/** A creator's contracts across campaigns, on their profile; each links to the campaign's Hợp đồng tab. */
export function CreatorContracts({ creatorId }: { creatorId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const query = useQuery({
    queryKey: [...contractsKey(workspace.id), 'creator', creatorId],
    queryFn: () => listContracts(workspace.id, { creatorId }),
  });
  const items = query.data?.items ?? [];
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('contracts.title')}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('contracts.empty')}</p>
      ) : (
        <Table data-testid="creator-contracts">
          <thead>
            <tr>
              <Th>{t('contracts.columns.campaign')}</Th>
              <Th>{t('contracts.columns.status')}</Th>
              <Th className="text-right">{t('contracts.columns.fee')}</Th>
              <Th>{t('contracts.columns.rights')}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <Tr key={c.id}>
                <Td>
                  <Link
                    to="/w/$workspaceId/campaigns/$campaignId/contracts"
                    params={{ workspaceId: workspace.id, campaignId: c.campaign.id }}
                    className="font-medium text-teal-800 hover:underline"
                  >
                    {c.campaign.name}
                  </Link>
                </Td>
                <Td>
                  <Badge>{t(`contracts.statuses.${c.status}`)}</Badge>
                </Td>
                <Td className="text-right tabular-nums">{formatMoney(c.fee, c.currency, locale)}</Td>
                <Td className="text-xs text-zinc-600">
                  {c.usageRightsExpiresOn ? formatDate(c.usageRightsExpiresOn, locale) : '–'}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
