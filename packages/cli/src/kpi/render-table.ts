import type { BundleKpis, CampaignBundle } from '@lantoa/core/bundle';
import { KPI_CATALOGUE, KPI_GROUPS, type KpiGroup, type KpiResultSet } from '@lantoa/core/kpi';
import { TIER_LABELS } from '@lantoa/core/tiers';
import { formatKpiValue, formatPercent } from './format-value';
import type { Language } from './options';

const TEXT = {
  vi: {
    campaign: 'Chiến dịch',
    creator: 'KOL/KOC',
    kpi: 'KPI',
    value: 'Giá trị',
    how: 'Công thức / lý do',
    tiers: 'Hạng tài khoản',
    growth: 'Tăng trưởng người theo dõi',
    estimate: '(ước tính)',
    groups: {
      reach: 'Tiếp cận & nhận biết',
      engagement: 'Tương tác',
      conversion: 'Chuyển đổi',
      retention: 'Trung thành & giữ chân',
      roi: 'ROI & chi phí',
    },
  },
  en: {
    campaign: 'Campaign',
    creator: 'Creator',
    kpi: 'KPI',
    value: 'Value',
    how: 'Formula / reason',
    tiers: 'Account tiers',
    growth: 'Follower growth',
    estimate: '(estimate)',
    groups: {
      reach: 'Reach & awareness',
      engagement: 'Engagement',
      conversion: 'Conversion',
      retention: 'Loyalty & retention',
      roi: 'ROI & cost',
    },
  },
} satisfies Record<Language, { groups: Record<KpiGroup, string> } & Record<string, unknown>>;

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - [...text].length)) + text;
}

/** Every KPI of one scope, grouped by funnel stage: name, value, and the formula (or why the value is missing). */
function renderKpiTable(results: KpiResultSet, lang: Language): string[] {
  const text = TEXT[lang];
  const rows = KPI_CATALOGUE.map((definition) => {
    const result = results[definition.id];
    const note = result.value === null ? (result.reason ?? '') : definition.formulaText[lang];
    return {
      group: definition.group,
      name: definition.name[lang] + (definition.estimate ? ` ${text.estimate}` : ''),
      value: formatKpiValue(result, lang),
      note,
    };
  });
  const nameWidth = Math.max(text.kpi.length, ...rows.map((row) => [...row.name].length));
  const valueWidth = Math.max(text.value.length, ...rows.map((row) => [...row.value].length));
  const lines = [`  ${padEnd(text.kpi, nameWidth)}  ${padStart(text.value, valueWidth)}  ${text.how}`];
  for (const group of KPI_GROUPS) {
    lines.push('', text.groups[group]);
    for (const row of rows.filter((candidate) => candidate.group === group)) {
      lines.push(`  ${padEnd(row.name, nameWidth)}  ${padStart(row.value, valueWidth)}  ${row.note}`);
    }
  }
  return lines;
}

export function renderKpiReport(
  bundle: CampaignBundle,
  kpis: BundleKpis,
  lang: Language,
  creator?: string,
): string {
  const text = TEXT[lang];
  const { campaign } = bundle;
  const title = creator
    ? `${text.creator}: ${creator} — ${text.campaign.toLowerCase()} ${campaign.name}`
    : `${text.campaign}: ${campaign.name}`;
  const results = creator ? kpis.creators.get(creator)! : kpis.campaign;
  const accounts = bundle.accounts.filter((account) => !creator || account.creator === creator);
  const tiers = accounts.map((account) => {
    const tier = kpis.tiers.get(account.id);
    return `${account.id} ${tier ? TIER_LABELS[tier][lang] : '—'}`;
  });
  const lines = [
    `${title} (${campaign.start} → ${campaign.end}, ${campaign.currency})`,
    ...renderKpiTable(results, lang),
  ];
  lines.push('', `${text.tiers}: ${tiers.join(', ') || '—'}`);
  const growth = accounts.flatMap((account) => {
    const value = kpis.followerGrowth.get(account.id);
    if (!value) return [];
    const shown = value.value === null ? `— (${value.reason})` : formatPercent(value.value, lang);
    return [`${account.id} ${shown}`];
  });
  if (growth.length) lines.push(`${text.growth}: ${growth.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
