import type { KpiDefinition, KpiFormula } from '../catalogue/catalogue-types';
import { INPUT_LABELS, isPostInput, type KpiInputName } from '../inputs';
import { evaluateCustomKpi } from './custom-kpis';
import { median } from './median';
import { PAIRING_INDEX } from './post-pairings';
import type { KpiResult, PostExclusion } from './result';
import { engagementSetUsage, newResult, settle } from './result-builder';
import { type InputReading, missingReason, readInput, type ScopeView } from './scope-view';

type Formula<K extends KpiFormula['kind']> = Extract<KpiFormula, { kind: K }>;

function totalIsZero(inputs: readonly KpiInputName[]): string {
  return `total ${inputs.map((input) => INPUT_LABELS[input]).join(' + ')} is 0`;
}

/** Sum of the recorded readings of several inputs (null when none is recorded), also noting them in `result.inputs`. */
function readSum(scope: ScopeView, inputs: readonly KpiInputName[], result: KpiResult): InputReading {
  let value: number | null = null;
  let at = Number.NEGATIVE_INFINITY;
  let reason: string | undefined;
  for (const input of inputs) {
    const reading = readInput(scope, input);
    result.inputs[input] = reading.value;
    if (reading.at > at) at = reading.at;
    if (reading.value === null) reason ??= reading.reason;
    else value = (value ?? 0) + reading.value;
  }
  return value === null ? { value, at, reason: reason ?? missingReason(inputs[0]!) } : { value, at };
}

function notePostInputs(scope: ScopeView, inputs: readonly KpiInputName[], result: KpiResult): void {
  const postInputs = inputs.filter(isPostInput);
  const [first] = postInputs;
  if (!first) return;
  const totals = scope.aggregate.inputs[first];
  result.postsIncluded = totals.count;
  result.postsExcluded =
    postInputs.length === 1 ? totals.excluded : postInputs.flatMap((i) => scope.aggregate.inputs[i].excluded);
  if (postInputs.includes('engagements')) {
    result.engagementSet = engagementSetUsage(scope, scope.aggregate.engagementComponentsMissing);
  }
}

function evaluateSum(formula: Formula<'sum'>, scope: ScopeView, result: KpiResult): KpiResult {
  const reading = readSum(scope, [formula.input], result);
  notePostInputs(scope, [formula.input], result);
  return settle(result, reading.value, reading.reason, reading.at);
}

function evaluateScopeRatio(formula: Formula<'ratio'>, scope: ScopeView, result: KpiResult): KpiResult {
  const numerator = readSum(scope, formula.numerator, result);
  const denominator = readSum(scope, formula.denominator, result);
  notePostInputs(scope, [...formula.numerator, ...formula.denominator], result);
  const at = Math.max(numerator.at, denominator.at);
  if (denominator.value === null) return settle(result, null, denominator.reason, at);
  if (numerator.value === null) return settle(result, null, numerator.reason, at);
  if (denominator.value === 0) return settle(result, null, totalIsZero(formula.denominator), at);
  return settle(result, (numerator.value / denominator.value) * formula.scale, undefined, at);
}

function emptyPairReason(
  scope: ScopeView,
  numerator: readonly KpiInputName[],
  denominator: KpiInputName,
): string {
  if (readInput(scope, denominator).value === null) return missingReason(denominator);
  if (numerator.every((input) => readInput(scope, input).value === null)) return missingReason(numerator[0]!);
  return `no post recorded both ${numerator.map((i) => INPUT_LABELS[i]).join(' + ')} and ${INPUT_LABELS[denominator]}`;
}

function evaluatePerPostRatio(formula: Formula<'ratio'>, scope: ScopeView, result: KpiResult): KpiResult {
  const pair = scope.aggregate.pairs[PAIRING_INDEX.get(result.id)!]!;
  const denominator = formula.denominator[0]!;
  result.inputs[formula.numerator.join('+')] = pair.count > 0 ? pair.numerator : null;
  result.inputs[denominator] = pair.count > 0 ? pair.denominator : null;
  result.postsIncluded = pair.count;
  result.postsExcluded = pair.excluded;
  if (formula.numerator.includes('engagements'))
    result.engagementSet = engagementSetUsage(scope, pair.componentsMissing);
  if (pair.count === 0) {
    return settle(result, null, emptyPairReason(scope, formula.numerator, denominator), pair.freshness);
  }
  if (pair.denominator === 0) return settle(result, null, totalIsZero([denominator]), pair.freshness);
  return settle(result, (pair.numerator / pair.denominator) * formula.scale, undefined, pair.freshness);
}

function evaluateNetRatio(formula: Formula<'net_ratio'>, scope: ScopeView, result: KpiResult): KpiResult {
  let at = Number.NEGATIVE_INFINITY;
  const total = (inputs: readonly KpiInputName[]): InputReading => {
    let value = 0;
    for (const input of inputs) {
      const reading = readInput(scope, input);
      result.inputs[input] = reading.value;
      if (reading.at > at) at = reading.at;
      if (reading.value === null) return reading;
      value += reading.value;
    }
    return { value, at };
  };
  const add = total(formula.add);
  const subtract = total(formula.subtract);
  const denominator = total(formula.denominator);
  const missing = [denominator, add, subtract].find((reading) => reading.value === null);
  if (missing) return settle(result, null, missing.reason, at);
  if (denominator.value === 0) return settle(result, null, totalIsZero(formula.denominator), at);
  return settle(result, ((add.value! - subtract.value!) / denominator.value!) * formula.scale, undefined, at);
}

function evaluateMedian(formula: Formula<'median_per_post'>, scope: ScopeView, result: KpiResult): KpiResult {
  const pair = scope.aggregate.pairs[PAIRING_INDEX.get(formula.of)!]!;
  const values = pair.values!.subarray(0, pair.valueCount);
  const excluded: PostExclusion[] = pair.zeroDenominator.length
    ? pair.excluded.concat(pair.zeroDenominator)
    : pair.excluded;
  result.inputs.posts = pair.valueCount;
  result.postsIncluded = pair.valueCount;
  result.postsExcluded = excluded;
  result.engagementSet = engagementSetUsage(scope, pair.componentsMissing);
  if (values.length === 0) {
    const reason =
      pair.count > 0 ? 'every included post has a denominator of 0' : 'no post has both inputs recorded';
    return settle(result, null, reason, pair.freshness);
  }
  return settle(result, median(values), undefined, pair.freshness);
}

export function evaluateKpi(definition: KpiDefinition, scope: ScopeView): KpiResult {
  const result = newResult(definition, scope);
  const { formula } = definition;
  switch (formula.kind) {
    case 'sum':
      return evaluateSum(formula, scope, result);
    case 'ratio':
      return formula.pairing === 'per_post'
        ? evaluatePerPostRatio(formula, scope, result)
        : evaluateScopeRatio(formula, scope, result);
    case 'net_ratio':
      return evaluateNetRatio(formula, scope, result);
    case 'median_per_post':
      return evaluateMedian(formula, scope, result);
    case 'custom':
      return evaluateCustomKpi(formula.method, scope, result);
  }
}
