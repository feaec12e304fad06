import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatMoney } from '../../lib/format';
import { useWorkspace } from '../workspaces/use-workspace';
import { type BudgetWarning, type CampaignDetail, canWriteCampaigns } from './campaign-api';
import { CostForm } from './cost-form';
import { CostList } from './cost-list';

export function CampaignBudgetCard({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const canWrite = canWriteCampaigns(workspace.role);
  const [recording, setRecording] = useState(false);
  const money = (value: number | null) => (value === null ? '—' : formatMoney(value, 'VND', locale));
  const summary = campaign.budgetSummary;
  const warningText = (warning: BudgetWarning) =>
    t(`campaigns.budget.warnings.${warning.code}`, {
      category: warning.category ? t(`campaigns.budget.categories.${warning.category}`) : '',
      planned: money(warning.planned ?? null),
      committed: money(warning.committed ?? null),
      spent: money(warning.spent ?? null),
      total: money(warning.total ?? null),
      fees: money(warning.fees ?? null),
      name: warning.name ?? '',
      share: warning.share === undefined ? '' : `${Math.round(warning.share * 100)}%`,
    });
  return (
    <section
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="campaign-budget"
    >
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">
        {t('campaigns.detail.budget')} · {money(summary.total)}
      </h2>
      <Table>
        <thead>
          <tr>
            <Th>{t('campaigns.budget.category')}</Th>
            <Th className="text-right">{t('campaigns.budget.planned')}</Th>
            <Th className="text-right">{t('campaigns.budget.committed')}</Th>
            <Th className="text-right">{t('campaigns.budget.spent')}</Th>
          </tr>
        </thead>
        <tbody>
          {summary.categories.map((line) => (
            <Tr key={line.category}>
              <Td>{t(`campaigns.budget.categories.${line.category}`)}</Td>
              <Td className="text-right tabular-nums">{money(line.planned)}</Td>
              <Td className="text-right tabular-nums">{money(line.committed)}</Td>
              <Td className="text-right tabular-nums">{money(line.spent)}</Td>
            </Tr>
          ))}
          <Tr>
            <Td className="font-medium">{t('campaigns.budget.sum')}</Td>
            <Td className="text-right font-medium tabular-nums">{money(summary.planned)}</Td>
            <Td className="text-right font-medium tabular-nums">{money(summary.committed)}</Td>
            <Td className="text-right font-medium tabular-nums">{money(summary.spent)}</Td>
          </Tr>
        </tbody>
      </Table>
      {summary.warnings.length > 0 && (
        <ul className="mt-3 space-y-1.5" data-testid="budget-warnings">
          {summary.warnings.map((warning, index) => (
            <li
              key={`${warning.code}-${warning.category ?? warning.name ?? index}`}
              className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              {warningText(warning)}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-5 space-y-3" data-testid="campaign-costs">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-sm font-semibold text-zinc-900">{t('campaigns.costs.title')}</h3>
          {canWrite && !recording && (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => setRecording(true)}
              data-testid="cost-record"
            >
              {t('campaigns.costs.record')}
            </Button>
          )}
        </div>
        {recording && <CostForm campaign={campaign} onDone={() => setRecording(false)} />}
        <CostList campaign={campaign} canWrite={canWrite} />
      </div>
    </section>
  );
}
