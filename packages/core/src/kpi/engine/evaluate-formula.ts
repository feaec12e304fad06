import { KPI_CATALOGUE } from '../catalogue/catalogue';
import type { KpiDefinition, KpiFormula } from '../catalogue/catalogue-types';
import {
  ENGAGEMENT_COMPONENTS,
  INPUT_LABELS,
  isPostInput,
  type KpiInputName,
  type PostInput,
} from '../inputs';
import { evaluateCustomKpi } from './custom-kpis';
import { median } from './median';
import { PAIRING_INDEX } from './post-pairings';
import type { KpiResult, PostExclusion } from './result';
import { engagementSetUsage, NO_EXCLUSIONS, newResult, settle } from './result-builder';
import { type InputReading, missingReason, POST_INPUT_INDEX, readInput, type ScopeView } from './scope-view';

type Formula<K extends KpiFormula['kind']> = Extract<KpiFormula, { kind: K }>;
type Evaluate = (scope: ScopeView, result: KpiResult) => KpiResult;

const COMPONENTS = ENGAGEMENT_COMPONENTS.length;
const ENGAGEMENTS = POST_INPUT_INDEX.engagements;

function totalIsZero(inputs: readonly KpiInputName[]): string {
  return `total ${inputs.map((input) => INPUT_LABELS[input]).join(' + ')} is 0`;
}

/** Sum of the recorded readings of several inputs (null when none is recorded), noting each in `inputs`. */
function readSum(
  scope: ScopeView,
  names: readonly KpiInputName[],
  inputs: Record<string, number | null>,
): InputReading {
  let value: number | null = null;
  let at = Number.NEGATIVE_INFINITY;
  let reason: string | undefined;
  for (const name of names) {
    const reading = readInput(scope, name);
    inputs[name] = reading.value;
    if (reading.at > at) at = reading.at;
    if (reading.value === null) reason ??= reading.reason;
    else value = (value ?? 0) + reading.value;
  }
  return value === null ? { value, at, reason: reason ?? missingReason(names[0]!) } : { value, at };
}

/** postsIncluded/Excluded of a scope-level KPI come from its (single, in this catalogue) post input. */
function notePostInput(scope: ScopeView, postInput: PostInput | undefined, result: KpiResult): void {
  if (postInput === undefined) return;
  const k = POST_INPUT_INDEX[postInput];
  result.postsIncluded = scope.aggregate.inputCount[k]!;
  result.postsExcluded = scope.aggregate.inputExcluded[k] ?? NO_EXCLUSIONS;
  if (k === ENGAGEMENTS)
    result.engagementSet = engagementSetUsage(scope, scope.aggregate.engagementComponentsMissing, 0);
}

function compileSum(formula: Formula<'sum'>): Evaluate {
  const postInput = isPostInput(formula.input) ? formula.input : undefined;
  const names = [formula.input];
  return (scope, result) => {
    const reading = readSum(scope, names, result.inputs);
    notePostInput(scope, postInput, result);
    return settle(result, reading.value, reading.reason, reading.at);
  };
}

function compileScopeRatio(formula: Formula<'ratio'>): Evaluate {
  const postInput = [...formula.numerator, ...formula.denominator].find(isPostInput);
  return (scope, result) => {
    const numerator = readSum(scope, formula.numerator, result.inputs);
    const denominator = readSum(scope, formula.denominator, result.inputs);
    notePostInput(scope, postInput, result);
    const at = Math.max(numerator.at, denominator.at);
    if (denominator.value === null) return settle(result, null, denominator.reason, at);
    if (numerator.value === null) return settle(result, null, numerator.reason, at);
    if (denominator.value === 0) return settle(result, null, totalIsZero(formula.denominator), at);
    return settle(result, (numerator.value / denominator.value) * formula.scale, undefined, at);
  };
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

function compilePerPostRatio(id: KpiDefinition['id'], formula: Formula<'ratio'>): Evaluate {
  const j = PAIRING_INDEX.get(id)!;
  const numeratorName = formula.numerator.join('+');
  const denominator = formula.denominator[0]!;
  const countsComponents = formula.numerator.includes('engagements');
  return (scope, result) => {
    const { pairCount, pairNumerator, pairDenominator, pairFreshness, pairExcluded } = scope.aggregate;
    const count = pairCount[j]!;
    const sumDenominator = pairDenominator[j]!;
    const freshness = pairFreshness[j]!;
    result.inputs = {
      [numeratorName]: count > 0 ? pairNumerator[j]! : null,
      [denominator]: count > 0 ? sumDenominator : null,
    };
    result.postsIncluded = count;
    result.postsExcluded = pairExcluded[j] ?? NO_EXCLUSIONS;
    if (countsComponents) {
      result.engagementSet = engagementSetUsage(scope, scope.aggregate.pairComponentsMissing, j * COMPONENTS);
    }
    if (count === 0)
      return settle(result, null, emptyPairReason(scope, formula.numerator, denominator), freshness);
    if (sumDenominator === 0) return settle(result, null, totalIsZero([denominator]), freshness);
    return settle(result, (pairNumerator[j]! / sumDenominator) * formula.scale, undefined, freshness);
  };
}

/** Sum of inputs that must all be recorded: the first missing one makes the total null. */
function readAll(
  scope: ScopeView,
  names: readonly KpiInputName[],
  inputs: Record<string, number | null>,
): InputReading {
  let value = 0;
  let at = Number.NEGATIVE_INFINITY;
  for (const name of names) {
    const reading = readInput(scope, name);
    inputs[name] = reading.value;
    if (reading.at > at) at = reading.at;
    if (reading.value === null) return { value: null, at, reason: reading.reason };
    value += reading.value;
  }
  return { value, at };
}

function compileNetRatio(formula: Formula<'net_ratio'>): Evaluate {
  return (scope, result) => {
    const add = readAll(scope, formula.add, result.inputs);
    const subtract = readAll(scope, formula.subtract, result.inputs);
    const denominator = readAll(scope, formula.denominator, result.inputs);
    const at = Math.max(add.at, subtract.at, denominator.at);
    const missing = [denominator, add, subtract].find((reading) => reading.value === null);
    if (missing) return settle(result, null, missing.reason, at);
    if (denominator.value === 0) return settle(result, null, totalIsZero(formula.denominator), at);
    return settle(
      result,
      ((add.value! - subtract.value!) / denominator.value!) * formula.scale,
      undefined,
      at,
    );
  };
}

function compileMedian(formula: Formula<'median_per_post'>): Evaluate {
  const j = PAIRING_INDEX.get(formula.of)!;
  return (scope, result) => {
    const { pairExcluded, pairZeroDenominator, pairCount, pairFreshness } = scope.aggregate;
    const values = scope.aggregate.pairValues[j]!;
    const zero = pairZeroDenominator[j];
    const paired = pairExcluded[j] ?? NO_EXCLUSIONS;
    const excluded: readonly PostExclusion[] = zero ? paired.concat(zero) : paired;
    result.inputs = { posts: values.length };
    result.postsIncluded = values.length;
    result.postsExcluded = excluded;
    result.engagementSet = engagementSetUsage(scope, scope.aggregate.pairComponentsMissing, j * COMPONENTS);
    if (values.length === 0) {
      const reason =
        pairCount[j]! > 0 ? 'every included post has a denominator of 0' : 'no post has both inputs recorded';
      return settle(result, null, reason, pairFreshness[j]!);
    }
    return settle(result, median(Float64Array.from(values)), undefined, pairFreshness[j]!);
  };
}

function compile(definition: KpiDefinition): Evaluate {
  const { formula } = definition;
  switch (formula.kind) {
    case 'sum':
      return compileSum(formula);
    case 'ratio':
      return formula.pairing === 'per_post'
        ? compilePerPostRatio(definition.id, formula)
        : compileScopeRatio(formula);
    case 'net_ratio':
      return compileNetRatio(formula);
    case 'median_per_post':
      return compileMedian(formula);
    case 'custom':
      return (scope, result) => evaluateCustomKpi(formula.method, scope, result);
  }
}

/** The catalogue compiled once into evaluators: the engine and the catalogue cannot drift apart. */
export const KPI_EVALUATORS: readonly { definition: KpiDefinition; evaluate: Evaluate }[] = KPI_CATALOGUE.map(
  (definition) => ({ definition, evaluate: compile(definition) }),
);

export function evaluateKpi(entry: (typeof KPI_EVALUATORS)[number], scope: ScopeView): KpiResult {
  return entry.evaluate(scope, newResult(entry.definition, scope));
}
