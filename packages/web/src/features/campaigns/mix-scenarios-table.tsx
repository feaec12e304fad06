import { useTranslation } from 'react-i18next';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatMoney, formatNumber } from '../../lib/format';
import type { MixPlan, MixSummary } from './mix-api';

/** Seed 000 §2.2 side by side: the same budget as many nanos, one mega, or the optimum, plus the greedy baseline. */
export function MixScenariosTable({ plan }: { plan: MixPlan }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const columns: { key: string; label: string; summary: MixSummary; feasible: boolean }[] = [
    ...plan.scenarios.map((s) => ({
      key: s.id,
      label: t(`campaigns.mix.scenarios.${s.id}`),
      summary: s.summary,
      feasible: s.feasible,
    })),
    {
      key: 'greedy',
      label: t('campaigns.mix.scenarios.greedy'),
      summary: plan.greedy.summary,
      feasible: true,
    },
  ];
  const count = (value: number) => formatNumber(Math.round(value), locale);
  const rows: { label: string; title?: string; cell: (s: MixSummary) => string }[] = [
    { label: t('campaigns.mix.rows.creators'), cell: (s) => count(s.creators) },
    { label: t('campaigns.mix.rows.cost'), cell: (s) => formatMoney(s.cost, 'VND', locale) },
    { label: t('campaigns.mix.goals.reach'), cell: (s) => count(s.expected.reach.total) },
    { label: t('campaigns.mix.goals.engagements'), cell: (s) => count(s.expected.engagements.total) },
    { label: t('campaigns.mix.goals.conversions'), cell: (s) => count(s.expected.conversions.total) },
    {
      label: t('campaigns.mix.rows.costPerResult', { goal: t(`campaigns.mix.goals.${plan.goal}`) }),
      title: t('campaigns.mix.rows.costPerResultFormula'),
      cell: (s) => (s.costPerResult === null ? '—' : formatMoney(Math.round(s.costPerResult), 'VND', locale)),
    },
    {
      label: t('campaigns.mix.rows.maxShare'),
      cell: (s) => (s.maxShare === null ? '—' : `${formatNumber(Math.round(s.maxShare * 100), locale)}%`),
    },
    { label: t('campaigns.mix.rows.highRisk'), cell: (s) => count(s.risk.high) },
  ];
  return (
    <Table data-testid="mix-scenarios">
      <thead>
        <tr>
          <Th />
          {columns.map((c) => (
            <Th key={c.key} className="text-right">
              {c.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Tr key={row.label}>
            <Td className="text-zinc-600" title={row.title}>
              {row.label}
            </Td>
            {columns.map((c) => (
              <Td key={c.key} className="text-right whitespace-nowrap tabular-nums">
                {c.feasible ? row.cell(c.summary) : '—'}
              </Td>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
