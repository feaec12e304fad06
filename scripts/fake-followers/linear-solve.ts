/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and dense). */
export function solveLinearSystem(
  matrix: readonly (readonly number[])[],
  vector: readonly number[],
): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let column = 0; column < n; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < n; row += 1) {
      if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    }
    if (Math.abs(a[pivot]![column]!) < 1e-12) throw new Error('Singular system');
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    const pivotRow = a[column]!;
    for (let row = column + 1; row < n; row += 1) {
      const current = a[row]!;
      const factor = current[column]! / pivotRow[column]!;
      for (let k = column; k <= n; k += 1) current[k] = current[k]! - factor * pivotRow[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    const current = a[row]!;
    let sum = current[n]!;
    for (let k = row + 1; k < n; k += 1) sum -= current[k]! * x[k]!;
    x[row] = sum / current[row]!;
  }
  return x;
}
