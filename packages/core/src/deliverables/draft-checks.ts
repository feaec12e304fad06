import {
  DEFAULT_DISCLOSURES,
  estimatedJaccard,
  findDisclosure,
  minHashSignature,
  shingles,
} from '../content-checks';
import { foldDiacritics, foldPreservingOffsets } from '../text';
import { bannedPhrasesFromDonts } from './banned-phrases';

export interface DraftText {
  caption: string;
  script: string | null;
}

export interface OtherDraft extends DraftText {
  deliverableId: string;
  creatorId: string;
}

export interface DraftCheckContext {
  creatorId: string;
  /** The brief's mandatory disclosures; Vietnam's default ad markers are always accepted too. */
  disclosures: readonly string[];
  /** The brief's "don't" lines. */
  donts: readonly string[];
  /** Latest drafts of the campaign's other deliverables. */
  others: readonly OtherDraft[];
  /** Estimated Jaccard of word 3-shingles from which two drafts count as near-duplicates. Default 0.6. */
  duplicateThreshold?: number;
}

export interface EvidenceSpan {
  field: 'caption' | 'script';
  text: string;
  start: number;
  end: number;
}

export type DraftFinding =
  | { code: 'missing_disclosure'; message: string; evidence: null; accepted: string[] }
  | { code: 'banned_claim'; message: string; evidence: EvidenceSpan; phrase: string }
  | {
      code: 'near_duplicate';
      message: string;
      evidence: EvidenceSpan | null;
      otherDeliverableId: string;
      similarity: number;
    };

const combined = (d: DraftText) => `${d.caption}\n${d.script ?? ''}`;

function findSpan(draft: DraftText, phrase: string): EvidenceSpan | null {
  const needle = foldDiacritics(phrase).trim();
  if (!needle) return null;
  for (const field of ['caption', 'script'] as const) {
    const text = (field === 'caption' ? draft.caption : draft.script) ?? '';
    const start = foldPreservingOffsets(text.normalize('NFC')).indexOf(needle);
    if (start >= 0)
      return { field, text: text.slice(start, start + needle.length), start, end: start + needle.length };
  }
  return null;
}

interface Word {
  folded: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const folded = foldPreservingOffsets(text);
  return [...folded.matchAll(/[\p{L}\p{N}#@]+/gu)].map((m) => ({
    folded: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** The longest run of words the caption shares with the other caption (at least 3 words), as a span. */
function sharedRun(caption: string, other: string): EvidenceSpan | null {
  const a = words(caption);
  const b = words(other);
  let best = 0;
  let bestEnd = -1;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      if (a[i - 1]?.folded === b[j - 1]?.folded) {
        row[j] = (previous[j - 1] ?? 0) + 1;
        if ((row[j] ?? 0) > best) {
          best = row[j] ?? 0;
          bestEnd = i - 1;
        }
      }
    previous = row;
  }
  if (best < 3) return null;
  const start = a[bestEnd - best + 1]?.start ?? 0;
  const end = a[bestEnd]?.end ?? 0;
  return { field: 'caption', text: caption.slice(start, end), start, end };
}

/** Content checks on one draft (D6): ad disclosure, claims the brief forbids, copies of other creators' drafts. */
export function checkDraft(draft: DraftText, context: DraftCheckContext): DraftFinding[] {
  const normalized = {
    caption: draft.caption.normalize('NFC'),
    script: draft.script?.normalize('NFC') ?? null,
  };
  const findings: DraftFinding[] = [];
  const accepted = [...DEFAULT_DISCLOSURES, ...context.disclosures];
  if (findDisclosure(combined(normalized), accepted) === null)
    findings.push({
      code: 'missing_disclosure',
      message: 'No clear advertising disclosure (e.g. #quangcao, hợp tác, tài trợ, #ad)',
      evidence: null,
      accepted,
    });
  for (const phrase of bannedPhrasesFromDonts(context.donts)) {
    const evidence = findSpan(normalized, phrase);
    if (evidence)
      findings.push({ code: 'banned_claim', message: `The brief forbids "${phrase}"`, evidence, phrase });
  }
  const own = minHashSignature(shingles(combined(normalized)));
  const threshold = context.duplicateThreshold ?? 0.6;
  for (const other of context.others) {
    if (other.creatorId === context.creatorId) continue;
    const similarity = estimatedJaccard(own, minHashSignature(shingles(combined(other))));
    if (similarity >= threshold)
      findings.push({
        code: 'near_duplicate',
        message: `Near-duplicate of another creator's draft (${Math.round(similarity * 100)} % similar)`,
        evidence: sharedRun(normalized.caption, other.caption.normalize('NFC')),
        otherDeliverableId: other.deliverableId,
        similarity,
      });
  }
  return findings;
}
