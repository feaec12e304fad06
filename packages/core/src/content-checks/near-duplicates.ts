import { foldDiacritics } from '../text';

/** Word k-shingles of a caption, accent- and case-insensitive, punctuation ignored. */
export function shingles(text: string, k = 3): Set<string> {
  const words = foldDiacritics(text)
    .replace(/[^\p{L}\p{N}#@]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  if (words.length < k) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** MinHash signature: for each of `size` seeded hashes, the smallest hash over the shingles. */
export function minHashSignature(set: ReadonlySet<string>, size = 128): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (const item of set)
    for (let i = 0; i < size; i++) {
      const h = fnv1a(item, i * 0x9e3779b1);
      if (h < (signature[i] ?? 0xffffffff)) signature[i] = h;
    }
  return signature;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}

export interface CaptionDraft {
  id: string;
  creatorId: string;
  text: string;
}

/**
 * Pairs of drafts by different creators of one campaign whose captions are near-duplicates (estimated Jaccard
 * of word 3-shingles ≥ threshold): the audience notices copy-pasted scripts.
 */
export function nearDuplicateDrafts(
  drafts: readonly CaptionDraft[],
  threshold = 0.6,
): { ids: [string, string]; similarity: number }[] {
  const signatures = drafts.map((d) => minHashSignature(shingles(d.text)));
  const out: { ids: [string, string]; similarity: number }[] = [];
  for (let i = 0; i < drafts.length; i++)
    for (let j = i + 1; j < drafts.length; j++) {
      const a = drafts[i];
      const b = drafts[j];
      if (!a || !b || a.creatorId === b.creatorId) continue;
      const similarity = estimatedJaccard(signatures[i] as Uint32Array, signatures[j] as Uint32Array);
      if (similarity >= threshold) out.push({ ids: [a.id, b.id], similarity });
    }
  return out;
}
