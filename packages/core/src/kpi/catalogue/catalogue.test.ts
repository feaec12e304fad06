import { describe, expect, it } from 'vitest';
import { INPUT_LABELS, isPostInput } from '../inputs';
import { KPI_IDS, KpiIdSchema } from '../kpi-ids';
import { getKpiDefinition, KPI_CATALOGUE, kpisInGroup } from './catalogue';
import { KPI_GOALS, KPI_GROUPS } from './catalogue-types';
import { recommendedKpisForGoal } from './goals';
import { METRIC_VS_KPI } from './metric-vs-kpi';

describe('KPI catalogue', () => {
  it('has one entry per KPI id of KPIS.md, in id order', () => {
    expect(KPI_CATALOGUE.map((definition) => definition.id)).toEqual([...KPI_IDS]);
    expect(KPI_IDS).toHaveLength(41);
    for (const id of [
      'churn_rate',
      'clv',
      'nps',
      'response_time',
      'sentiment_score',
      'emv',
      'brand_lift',
    ] as const) {
      expect(KPI_IDS).toContain(id);
    }
    expect(KpiIdSchema.safeParse('engagement_rate').success).toBe(true);
    expect(KpiIdSchema.safeParse('likes').success).toBe(false);
  });

  it('names, describes and explains every KPI in Vietnamese and English', () => {
    for (const definition of KPI_CATALOGUE) {
      for (const text of [definition.name, definition.description, definition.formulaText]) {
        expect(text.vi.trim(), definition.id).not.toBe('');
        expect(text.en.trim(), definition.id).not.toBe('');
      }
      expect(KPI_GROUPS).toContain(definition.group);
      expect(definition.requiredInputs.length, definition.id).toBeGreaterThan(0);
      for (const input of definition.requiredInputs)
        expect(INPUT_LABELS[input], `${definition.id}.${input}`).toBeDefined();
    }
    expect(getKpiDefinition('engagement_rate').name).toEqual({
      vi: 'Tỷ lệ tương tác',
      en: 'ER (by followers)',
    });
  });

  it('keeps the five funnel groups of KPIS.md', () => {
    expect(kpisInGroup('reach').map((d) => d.id)).toEqual([
      'impressions',
      'reach',
      'video_views',
      'reach_rate',
      'follower_growth_rate',
      'share_of_voice',
    ]);
    expect(kpisInGroup('retention').map((d) => d.id)).toEqual([
      'repeat_purchase_rate',
      'churn_rate',
      'clv',
      'nps',
      'response_time',
      'sentiment_score',
    ]);
    expect(kpisInGroup('roi').map((d) => d.id)).toContain('emv');
  });

  it('states units and directions as in KPIS.md', () => {
    expect(getKpiDefinition('cpa')).toMatchObject({ unit: 'money', direction: 'lower' });
    expect(getKpiDefinition('bounce_rate')).toMatchObject({ unit: 'percent', direction: 'lower' });
    expect(getKpiDefinition('roas')).toMatchObject({ unit: 'ratio', direction: 'higher' });
    expect(getKpiDefinition('response_time')).toMatchObject({ unit: 'minutes', direction: 'lower' });
    expect(getKpiDefinition('avg_time_on_page').unit).toBe('seconds');
    expect(getKpiDefinition('nps')).toMatchObject({ unit: 'points', bounds: { min: -100, max: 100 } });
    expect(KPI_CATALOGUE.filter((d) => d.estimate).map((d) => d.id)).toEqual(['emv']);
  });

  it('describes per-post ratios with post inputs only, so the engine can pair them', () => {
    for (const { id, formula } of KPI_CATALOGUE) {
      if (formula.kind !== 'ratio' || formula.pairing !== 'per_post') continue;
      expect([...formula.numerator, ...formula.denominator].every(isPostInput), id).toBe(true);
    }
    expect(getKpiDefinition('cpm').formula).toEqual({
      kind: 'ratio',
      pairing: 'scope_totals',
      numerator: ['cost'],
      denominator: ['impressions'],
      scale: 1000,
    });
  });
});

describe('recommended KPIs by goal (seed 002)', () => {
  it('matches KPIS.md', () => {
    expect(recommendedKpisForGoal('awareness')).toEqual({
      primary: ['impressions', 'follower_growth_rate', 'share_of_voice'],
      secondary: ['reach', 'video_views'],
    });
    expect(recommendedKpisForGoal('conversion').primary).toEqual(['conversion_rate', 'cpa', 'roi']);
    expect(recommendedKpisForGoal('retention').secondary).toEqual(['repeat_purchase_rate', 'nps']);
    expect(recommendedKpisForGoal('advocacy').primary).toEqual([
      'amplification_rate',
      'share_of_voice',
      'nps',
    ]);
  });

  it('derives each KPI’s goals from the same table', () => {
    expect(getKpiDefinition('share_of_voice').goals).toEqual(['awareness', 'advocacy']);
    expect(getKpiDefinition('nps').goals).toEqual(['retention', 'advocacy']);
    expect(getKpiDefinition('cpc').goals).toEqual([]);
    for (const goal of KPI_GOALS) {
      const { primary, secondary } = recommendedKpisForGoal(goal);
      for (const id of [...primary, ...secondary]) expect(getKpiDefinition(id).goals).toContain(goal);
    }
  });

  it('explains metric vs KPI in both languages', () => {
    expect(METRIC_VS_KPI.body.vi).toContain('KPI');
    expect(METRIC_VS_KPI.body.en).toContain('3–5 KPIs');
  });
});
