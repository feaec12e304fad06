import { TIER_IDS } from '../tiers';
import type { Eligible } from './eligibility';
import type { MixConstraints } from './mix-types';

export interface MixModel {
  /** The model in CPLEX LP format, as HiGHS reads it. */
  lp: string;
  /** Column name of each candidate's yes/no decision, in the order of `eligible`. */
  columns: string[];
  /** Segments with a penalty variable, for reading the penalty back. */
  segments: { column: string; members: number[]; penaltyPerExtra: number }[];
  /** The same model with 0 ≤ x ≤ 1 instead of binary: its optimum bounds the MILP's, to measure the gap. */
  lpRelaxation: string;
  /** Niches to cover that no eligible candidate has: the plan cannot meet them (reported, not modelled). */
  uncoverableNiches: string[];
}

type Term = [coefficient: number, column: string];

function linear(terms: readonly Term[]): string {
  const parts = terms.map(([c, col], i) => {
    const sign = c < 0 ? '- ' : i === 0 ? '' : '+ ';
    return `${sign}${Math.abs(c)} ${col}`;
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += 8) lines.push(`  ${parts.slice(i, i + 8).join(' ')}`);
  return lines.length === 0 ? '  0 x_empty' : lines.join('\n');
}

function membersBy<K>(eligible: readonly Eligible[], keys: (c: Eligible) => readonly K[]): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  eligible.forEach((candidate, index) => {
    for (const key of keys(candidate)) groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return groups;
}

/**
 * The creator-mix MILP: maximise Σ value·x − Σ penalty·extra over binary x (book / don't book), subject to the
 * budget, per-tier minimums and maximums, a cap on the number of creators, at least one creator per niche to
 * cover, and extra_s ≥ Σ_{i∈s} x_i − 1 for each audience segment s (the overlap penalty, linearised).
 * Candidates above the share cap or outside the filters are removed before (see splitEligible).
 */
export function buildMixModel(eligible: readonly Eligible[], constraints: MixConstraints): MixModel {
  const columns = eligible.map((_, index) => `x${index}`);
  const objective: Term[] = eligible.map((c, i) => [c.value, columns[i] ?? '']);
  const rows: string[] = [];
  const costTerms: Term[] = eligible.map((c, i) => [c.fee, columns[i] ?? '']);
  rows.push(` budget:\n${linear(costTerms)} <= ${constraints.budget}`);

  const byTier = membersBy(eligible, (c) => (c.tier ? [c.tier] : []));
  for (const tier of TIER_IDS) {
    const members = byTier.get(tier) ?? [];
    const terms: Term[] = members.map((i) => [1, columns[i] ?? '']);
    const min = constraints.minPerTier?.[tier];
    const max = constraints.maxPerTier?.[tier];
    if (min !== undefined && min > 0) rows.push(` tier_min_${tier}:\n${linear(terms)} >= ${min}`);
    if (max !== undefined && members.length > max)
      rows.push(` tier_max_${tier}:\n${linear(terms)} <= ${max}`);
  }
  if (constraints.maxCreators !== undefined && eligible.length > constraints.maxCreators)
    rows.push(` max_creators:\n${linear(columns.map((col) => [1, col]))} <= ${constraints.maxCreators}`);

  const byNiche = membersBy(eligible, (c) => c.niches);
  const uncoverableNiches: string[] = [];
  (constraints.nichesToCover ?? []).forEach((niche, n) => {
    const members = byNiche.get(niche) ?? [];
    if (members.length === 0) {
      uncoverableNiches.push(niche);
      return;
    }
    rows.push(` niche_${n}:\n${linear(members.map((i) => [1, columns[i] ?? '']))} >= 1`);
  });

  const segments: MixModel['segments'] = [];
  const penalty = constraints.overlapPenalty ?? 0;
  if (penalty > 0) {
    const bySegment = membersBy(eligible, (c) => (c.audienceSegment ? [c.audienceSegment] : []));
    for (const members of bySegment.values()) {
      if (members.length < 2) continue;
      const column = `e${segments.length}`;
      const mean = members.reduce((sum, i) => sum + (eligible[i]?.value ?? 0), 0) / members.length;
      const penaltyPerExtra = penalty * mean;
      segments.push({ column, members, penaltyPerExtra });
      objective.push([-penaltyPerExtra, column]);
      rows.push(
        ` seg_${segments.length - 1}:\n${linear([[1, column], ...members.map((i): Term => [-1, columns[i] ?? ''])])} >= -1`,
      );
    }
  }

  const head = ['Maximize', ` obj:\n${linear(objective)}`, 'Subject To', ...rows, 'Bounds'];
  const segmentBounds = segments.map((s) => ` ${s.column} >= 0`);
  const lp = [
    ...head,
    ...segmentBounds,
    'Binary',
    ...chunk(columns, 20).map((line) => ` ${line.join(' ')}`),
    'End',
  ].join('\n');
  const lpRelaxation = [...head, ...segmentBounds, ...columns.map((col) => ` 0 <= ${col} <= 1`), 'End'].join(
    '\n',
  );
  return { lp, lpRelaxation, columns, segments, uncoverableNiches };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
