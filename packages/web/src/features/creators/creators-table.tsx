import { useTranslation } from 'react-i18next';
import type { Creator } from '../../api/types';
import { PlatformLabel } from '../../components/domain/platform-label';
import { TierBadge } from '../../components/domain/tier-badge';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';

export function CreatorsTable({ creators }: { creators: Creator[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Table data-testid="creators-table">
      <thead>
        <tr>
          <Th>{t('creators.columns.name')}</Th>
          <Th>{t('creators.columns.platforms')}</Th>
          <Th>{t('creators.columns.tier')}</Th>
          <Th className="text-right">{t('creators.columns.followers')}</Th>
          <Th>{t('creators.columns.location')}</Th>
        </tr>
      </thead>
      <tbody>
        {creators.map((creator) => (
          <Tr key={creator.id} data-testid="creator-row">
            <Td>
              <div className="font-medium text-zinc-900">{creator.name}</div>
              {creator.niches.length > 0 && (
                <div className="mt-0.5 truncate text-xs text-zinc-500">{creator.niches.join(' · ')}</div>
              )}
            </Td>
            <Td>
              <ul className="space-y-1">
                {creator.accounts.map((account) => (
                  <li key={account.id} className="flex items-center gap-2 whitespace-nowrap">
                    <PlatformLabel platform={account.platform} />
                    <span className="text-xs text-zinc-500">@{account.handle.replace(/^@/, '')}</span>
                  </li>
                ))}
              </ul>
            </Td>
            <Td>
              <ul className="space-y-1">
                {creator.accounts.map((account) => (
                  <li key={account.id}>
                    <TierBadge tier={account.tier} />
                  </li>
                ))}
              </ul>
            </Td>
            <Td className="text-right tabular-nums">
              <ul className="space-y-1">
                {creator.accounts.map((account) => (
                  <li key={account.id}>
                    {account.followers === null ? '—' : formatNumber(account.followers, locale)}
                  </li>
                ))}
              </ul>
            </Td>
            <Td className="text-zinc-600">{creator.location ?? '—'}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
