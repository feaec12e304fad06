export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}
