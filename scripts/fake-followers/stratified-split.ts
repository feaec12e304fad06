import { seededRandom, shuffled } from './seeded-random';

function indicesByClass(labels: readonly number[]): number[][] {
  const byClass = new Map<number, number[]>();
  labels.forEach((label, index) => {
    const list = byClass.get(label) ?? [];
    list.push(index);
    byClass.set(label, list);
  });
  return [...byClass.entries()].sort(([a], [b]) => a - b).map(([, indices]) => indices);
}

/** Splits row indices into train/test keeping each class's proportion (rounded per class). */
export function stratifiedSplit(
  labels: readonly number[],
  testFraction: number,
  seed: number,
): { train: number[]; test: number[] } {
  const random = seededRandom(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const indices of indicesByClass(labels)) {
    const order = shuffled(indices, random);
    const testCount = Math.round(order.length * testFraction);
    test.push(...order.slice(0, testCount));
    train.push(...order.slice(testCount));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

/** Assigns each index to one of k folds, round-robin within each shuffled class. */
export function stratifiedFolds(labels: readonly number[], folds: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const result: number[][] = Array.from({ length: folds }, () => []);
  for (const indices of indicesByClass(labels)) {
    shuffled(indices, random).forEach((index, position) => {
      result[position % folds]!.push(index);
    });
  }
  return result.map((fold) => fold.sort((a, b) => a - b));
}
