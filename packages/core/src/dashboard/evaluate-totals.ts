import { getKpiDefinition } from '../kpi/catalogue/catalogue';
import type { KpiFormula } from '../kpi/catalogue/catalogue-types';
import { INPUT_LABELS, type KpiInputName } from '../kpi/inputs';
import type { KpiId } from '../kpi/kpi-ids';
import type { DashboardValue } from './dashboard-value';
import { type ScopeTotals, TOTALS_INPUTS } from './totals';

function formulaInputs(formula: KpiFormula): readonly KpiInputName[] {
  switch (formula.kind) {
    case 'sum':
      return [formula.input];
    case 'ratio':
      return [...formula.numerator, ...formula.denominator];
    case 'net_ratio':
      return [...formula.add, ...formula.subtract, ...formula.denominator];
    default:
      return [];
  }
}

type Reading = { value: number | null; reason: string | null };

function missing(name: KpiInputName): string {
  return `no ${INPUT_LABELS[name]} recorded`;
}

function zeroTotal(names: readonly KpiInputName[]): string {
  return `total ${names.map((name) => INPUT_LABELS[name]).join(' + ')} is 0`;
}

/** Σ of the recorded inputs; null only when none of them is recorded. */
function readSum(totals: ScopeTotals, names: readonly KpiInputName[], inputs: Record<string, number | null>) {
  let value: number | null = null;
  for (const name of names) {
    const reading = totals.inputs[name] ?? null;
    inputs[name] = reading;
    if (reading !== null) value = (value ?? 0) + reading;
  }
  return value === null ? { value, reason: missing(names[0]!) } : { value, reason: null };
}

/** Σ of inputs that must all be recorded. */
function readAll(totals: ScopeTotals, names: readonly KpiInputName[], inputs: Record<string, number | null>) {
  let value = 0;
  for (const name of names) {
    const reading = totals.inputs[name] ?? null;
    inputs[name] = reading;
    if (reading === null) return { value: null, reason: missing(name) };
    value += reading;
  }
  return { value, reason: null };
}

function ratio(
  numerator: Reading,
  denominator: Reading,
  names: readonly KpiInputName[],
  scale: number,
): Reading {
  if (denominator.value === null) return denominator;
  if (numerator.value === null) return numerator;
  if (denominator.value === 0) return { value: null, reason: zeroTotal(names) };
  return { value: (numerator.value / denominator.value) * scale, reason: null };
}

function evaluateFormula(
  id: KpiId,
  formula: KpiFormula,
  totals: ScopeTotals,
  inputs: Record<string, number | null>,
): Reading | undefined {
  switch (formula.kind) {
    case 'sum':
      return readSum(totals, [formula.input], inputs);
    case 'net_ratio': {
      const add = readAll(totals, formula.add, inputs);
      const subtract = readAll(totals, formula.subtract, inputs);
      const denominator = readAll(totals, formula.denominator, inputs);
      const gap = [denominator, add, subtract].find((reading) => reading.value === null);
      if (gap) return gap;
      const net = { value: add.value! - subtract.value!, reason: null };
      return ratio(net, denominator, formula.denominator, formula.scale);
    }
    case 'ratio': {
      if (formula.pairing === 'scope_totals') {
        const numerator = readSum(totals, formula.numerator, inputs);
        const denominator = readSum(totals, formula.denominator, inputs);
        return ratio(numerator, denominator, formula.denominator, formula.scale);
      }
      // A scope without posts has no pair sums: nothing recorded both inputs.
      const pair = totals.pairs[id] ?? { numerator: 0, denominator: 0, posts: 0 };
      const denominatorName = formula.denominator[0]!;
      inputs[formula.numerator.join('+')] = pair.posts > 0 ? pair.numerator : null;
      inputs[denominatorName] = pair.posts > 0 ? pair.denominator : null;
      if (pair.posts === 0) {
        const recorded = (name: KpiInputName) => (totals.inputs[name] ?? null) !== null;
        let reason = `no post recorded both ${formula.numerator.map((n) => INPUT_LABELS[n]).join(' + ')} and ${INPUT_LABELS[denominatorName]}`;
        if (!recorded(denominatorName)) reason = missing(denominatorName);
        else if (!formula.numerator.some(recorded)) reason = missing(formula.numerator[0]!);
        return { value: null, reason };
      }
      return ratio(
        { value: pair.numerator, reason: null },
        { value: pair.denominator, reason: null },
        [denominatorName],
        formula.scale,
      );
    }
    default:
      return undefined;
  }
}

/**
 * A catalogue KPI computed from pre-summed totals with the engine's rules (ratio of sums over pairwise-complete
 * posts, missing is not zero). Undefined when the totals cannot give it (medians, custom KPIs, KPIs over followers,
 * sentiment, mentions or surveys): the caller then asks the full engine.
 */
export function evaluateFromTotals(id: KpiId, totals: ScopeTotals): DashboardValue | undefined {
  const definition = getKpiDefinition(id);
  if (!formulaInputs(definition.formula).every((name) => TOTALS_INPUTS.has(name))) return undefined;
  const inputs: Record<string, number | null> = {};
  const reading = evaluateFormula(id, definition.formula, totals, inputs);
  if (reading === undefined) return undefined;
  const finite = reading.value !== null && Number.isFinite(reading.value);
  return {
    id,
    name: definition.name,
    formula: definition.formulaText,
    unit: definition.unit,
    direction: definition.direction,
    value: finite ? reading.value : null,
    reason: finite ? null : (reading.reason ?? 'not a finite number'),
    inputs,
    freshness: totals.freshness,
  };
}
