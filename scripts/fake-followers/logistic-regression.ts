import { solveLinearSystem } from './linear-solve';

export interface Standardization {
  means: number[];
  scales: number[];
}

export interface LogisticFit {
  intercept: number;
  coefficients: number[];
  iterations: number;
}

/** Column means and standard deviations (a constant column gets scale 1). */
export function fitStandardization(rows: readonly (readonly number[])[]): Standardization {
  const width = rows[0]?.length ?? 0;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(0);
  for (const row of rows) {
    row.forEach((value, j) => {
      means[j] = means[j]! + value / rows.length;
    });
  }
  for (const row of rows) {
    row.forEach((value, j) => {
      scales[j] = scales[j]! + (value - means[j]!) ** 2 / rows.length;
    });
  }
  return { means, scales: scales.map((variance) => (variance > 0 ? Math.sqrt(variance) : 1)) };
}

export function standardize(row: readonly number[], { means, scales }: Standardization): number[] {
  return row.map((value, j) => (value - means[j]!) / scales[j]!);
}

function logistic(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/**
 * L2-penalised logistic regression fitted by Newton–Raphson (IRLS). Minimises
 * −Σ log-likelihood + (l2 / 2)·‖coefficients‖²; the intercept is not penalised.
 * Rows must already be standardised.
 */
export function fitLogisticRegression(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  l2: number,
  maxIterations = 100,
): LogisticFit {
  const width = (rows[0]?.length ?? 0) + 1;
  let beta = new Array<number>(width).fill(0);
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const gradient = new Array<number>(width).fill(0);
    const hessian = Array.from({ length: width }, () => new Array<number>(width).fill(0));
    rows.forEach((row, i) => {
      const x = [1, ...row];
      const p = logistic(x.reduce((sum, value, j) => sum + value * beta[j]!, 0));
      const residual = labels[i]! - p;
      const weight = p * (1 - p);
      for (let j = 0; j < width; j += 1) {
        gradient[j] = gradient[j]! + x[j]! * residual;
        for (let k = 0; k < width; k += 1) hessian[j]![k] = hessian[j]![k]! + weight * x[j]! * x[k]!;
      }
    });
    for (let j = 1; j < width; j += 1) {
      gradient[j] = gradient[j]! - l2 * beta[j]!;
      hessian[j]![j] = hessian[j]![j]! + l2;
    }
    const step = solveLinearSystem(hessian, gradient);
    beta = beta.map((value, j) => value + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) {
      return { intercept: beta[0]!, coefficients: beta.slice(1), iterations: iteration };
    }
  }
  return { intercept: beta[0]!, coefficients: beta.slice(1), iterations: maxIterations };
}

export function predictProbability(fit: LogisticFit, standardizedRow: readonly number[]): number {
  return logistic(
    standardizedRow.reduce((sum, value, j) => sum + value * fit.coefficients[j]!, fit.intercept),
  );
}
