import { createHash } from 'node:crypto';
import type { SheetAnalysis } from './analyze-sheet';
import { readSpreadsheet, type Sheet } from './read-spreadsheet';

interface Entry {
  digest: string;
  sheet: Sheet;
  /** Analyses by mapping + fixed values. */
  analyses: Map<string, SheetAnalysis>;
  usedAt: number;
}

/** A 100,000-row sheet with its analysis holds ~100 MB; two uploads in flight are plenty to keep. */
const MAX_ENTRIES = 2;
const TTL_MS = 30 * 60_000;

/**
 * Parsed uploads kept between the preview and the import job of the same process, so a large file is read and
 * validated once: the preview parses it, the job (a few seconds later, usually in the same server) takes the result.
 * Keyed by import id and a digest of the stored bytes, so a new upload under the same id is never mistaken for the
 * old one; a miss (another process, evicted, restarted) simply parses again.
 */
class ParsedSheetCache {
  private readonly entries = new Map<string, Entry>();

  async sheet(importId: string, content: Buffer, fileName: string): Promise<Sheet> {
    const digest = createHash('sha1').update(content).digest('hex');
    const hit = this.entries.get(importId);
    if (hit && hit.digest === digest) {
      hit.usedAt = Date.now();
      return hit.sheet;
    }
    const sheet = await readSpreadsheet(content, fileName);
    this.evictStale();
    this.entries.set(importId, { digest, sheet, analyses: new Map(), usedAt: Date.now() });
    return sheet;
  }

  /**
   * The analysis of `sheet` with this column mapping (`undefined`: suggested), fixed values and remembered headers,
   * computed once per import: the job asks with the mapping the preview stored, which is the preview's result.
   */
  analysis(
    importId: string,
    sheet: Sheet,
    inputs: {
      chosen: readonly (string | null)[] | undefined;
      fixed: Readonly<Record<string, string>>;
      remembered: ReadonlyMap<string, string>;
    },
    compute: () => SheetAnalysis,
  ): SheetAnalysis {
    const entry = this.entries.get(importId);
    const cached = entry?.sheet === sheet ? entry : undefined;
    const keyOf = (mapping: readonly (string | null)[]) =>
      JSON.stringify([
        mapping.slice(0, mapping.findLastIndex((field) => field !== null) + 1),
        Object.entries(inputs.fixed).sort(),
        [...inputs.remembered].sort(),
      ]);
    const known = inputs.chosen && cached?.analyses.get(keyOf(inputs.chosen));
    if (known) return known;
    const analysis = compute();
    if (cached) {
      cached.analyses.clear();
      cached.analyses.set(keyOf(analysis.mapping), analysis);
    }
    return analysis;
  }

  forget(importId: string): void {
    this.entries.delete(importId);
  }

  private evictStale(): void {
    const now = Date.now();
    for (const [id, entry] of this.entries) if (now - entry.usedAt > TTL_MS) this.entries.delete(id);
    while (this.entries.size >= MAX_ENTRIES) {
      const oldest = [...this.entries].sort((a, b) => a[1].usedAt - b[1].usedAt)[0];
      if (!oldest) break;
      this.entries.delete(oldest[0]);
    }
  }
}

export const parsedSheets = new ParsedSheetCache();
