import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlatformLabel } from '../../components/domain/platform-label';
import { TierBadge } from '../../components/domain/tier-badge';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { displayHandle, formatMoney, formatNumber } from '../../lib/format';
import type { CreatorListItem } from './creator-api';
import { CreatorStatusBadge, QualityScore, RiskBadge } from './creator-badges';

export interface TableSelection {
  selected: ReadonlySet<string>;
  toggle: (creatorId: string) => void;
  toggleAll: (creatorIds: string[]) => void;
}

export function CreatorsTable({
  workspaceId,
  creators,
  selection,
  renderAction,
}: {
  workspaceId: string;
  creators: CreatorListItem[];
  /** Checkboxes to pick creators (e.g. for a shortlist). */
  selection?: TableSelection;
  renderAction?: (creator: CreatorListItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const money = (value: number) => formatMoney(value, 'VND', locale);
  return (
    <Table data-testid="creators-table">
      <thead>
        <tr>
          {selection && (
            <Th className="w-8">
              <input
                type="checkbox"
                aria-label={t('creatorLists.selectAll')}
                checked={
                  creators.length > 0 && creators.every((creator) => selection.selected.has(creator.id))
                }
                onChange={() => selection.toggleAll(creators.map((creator) => creator.id))}
                data-testid="creator-select-all"
              />
            </Th>
          )}
          <Th>{t('creators.columns.name')}</Th>
          <Th>{t('creators.columns.platforms')}</Th>
          <Th>{t('creators.columns.tier')}</Th>
          <Th className="text-right">{t('creators.columns.followers')}</Th>
          <Th className="text-right">
            <span title={t('creators.erFormula')}>{t('creators.columns.er')}</span>
          </Th>
          <Th className="text-right">{t('creators.columns.fee')}</Th>
          <Th className="text-right">{t('creators.columns.quality')}</Th>
          <Th>{t('creators.columns.risk')}</Th>
          <Th>{t('creators.columns.status')}</Th>
          <Th>{t('creators.columns.location')}</Th>
          {renderAction && <Th />}
        </tr>
      </thead>
      <tbody>
        {creators.map((creator) => (
          <Tr key={creator.id} data-testid="creator-row">
            {selection && (
              <Td>
                <input
                  type="checkbox"
                  aria-label={creator.name}
                  checked={selection.selected.has(creator.id)}
                  onChange={() => selection.toggle(creator.id)}
                  data-testid="creator-select"
                />
              </Td>
            )}
            <Td>
              <Link
                to="/w/$workspaceId/creators/$creatorId"
                params={{ workspaceId, creatorId: creator.id }}
                className="block min-w-36 font-medium text-zinc-900 hover:text-teal-700 hover:underline"
                data-testid="creator-link"
              >
                {creator.name}
              </Link>
              {creator.niches.length > 0 && (
                <div className="mt-0.5 truncate text-xs text-zinc-500">{creator.niches.join(' · ')}</div>
              )}
            </Td>
            <Td>
              <ul className="space-y-1">
                {creator.accounts.map((account) => (
                  <li key={account.id} className="flex items-center gap-2 whitespace-nowrap">
                    <PlatformLabel platform={account.platform} />
                    <span className="text-xs text-zinc-500">
                      {displayHandle(account.handle)}
                      {account.followers !== null && ` · ${formatNumber(account.followers, locale)}`}
                    </span>
                  </li>
                ))}
              </ul>
            </Td>
            <Td>
              <TierBadge tier={creator.tier} />
            </Td>
            <Td className="text-right tabular-nums">
              {creator.followers === null ? '—' : formatNumber(creator.followers, locale)}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {creator.engagementRate === null ? '—' : `${formatNumber(creator.engagementRate, locale)} %`}
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">
              {creator.feeMin === null || creator.feeMax === null
                ? '—'
                : creator.feeMin === creator.feeMax
                  ? money(creator.feeMin)
                  : `${money(creator.feeMin)} – ${money(creator.feeMax)}`}
            </Td>
            <Td className="text-right">
              <QualityScore score={creator.qualityScore} />
            </Td>
            <Td>
              <RiskBadge level={creator.riskLevel} />
            </Td>
            <Td>
              <CreatorStatusBadge status={creator.status} />
            </Td>
            <Td className="text-zinc-600">{creator.location ?? '—'}</Td>
            {renderAction && <Td className="text-right">{renderAction(creator)}</Td>}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
