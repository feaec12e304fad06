/** Median of the values (sorted in place); the mean of the two middle values for an even count. */
export function median(values: Float64Array): number {
  values.sort();
  const n = values.length;
  const middle = n >>> 1;
  return n % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}
