export type TierId = 'koc' | 'nano' | 'micro' | 'macro' | 'mega';

// Replaced by @lantoa/core/tiers (workspace-editable thresholds) once that module lands.
export function tierOf(followers: number): TierId {
  if (followers >= 500_000) return 'mega';
  if (followers >= 50_000) return 'macro';
  if (followers >= 10_000) return 'micro';
  if (followers >= 1_000) return 'nano';
  return 'koc';
}
