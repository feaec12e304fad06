import type { Readable, Writable } from 'node:stream';
import type { Language } from '@lantoa/core/language';
import type { LanguageOption, SentimentModel } from '@lantoa/core/sentiment';
import { stringify } from 'csv-stringify/sync';
import { lineRange, readCsvRecords } from './csv-records';

export interface ScoreCsvResult {
  scored: number;
  /** Rows reported on stderr: wrong column count (written with empty results) or unreadable (not written). */
  malformed: number;
  /** Set when the input has no `text` column; nothing was written. */
  missingTextColumn?: string[];
}

const RESULT_COLUMNS = ['sentiment', 'score', 'lang'];

function withColumns(raw: string, values: readonly string[]): string {
  const newline = /\r\n?$/.test(raw) ? '\r\n' : '\n';
  const body = raw.replace(/\r?\n$|\r$/, '');
  return `${body},${stringify([values], { eof: false })}${newline}`;
}

async function write(output: Writable, chunk: string): Promise<void> {
  if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
}

/**
 * Streams a CSV with a `text` column through the model and writes every row back unchanged with
 * `sentiment`, `score` and `lang` appended. Malformed rows are reported on `errors` with their line.
 */
export async function scoreCsv(options: {
  input: Readable;
  output: Writable;
  errors: Writable;
  model: SentimentModel;
  lang: LanguageOption;
}): Promise<ScoreCsvResult> {
  const { input, output, errors, model, lang } = options;
  let header: string[] | null = null;
  let textIndex = -1;
  const result: ScoreCsvResult = { scored: 0, malformed: 0 };
  for await (const event of readCsvRecords(input)) {
    if (event.type === 'unreadable') {
      result.malformed++;
      errors.write(
        `${lineRange(event.line, event.lastLine)}: row skipped, it cannot be parsed (${event.reason})\n`,
      );
      continue;
    }
    if (header === null) {
      header = event.fields;
      textIndex = header.findIndex((name) => name.trim().toLowerCase() === 'text');
      if (textIndex < 0) {
        input.unpipe?.();
        return { ...result, missingTextColumn: header };
      }
      await write(output, withColumns(event.raw, RESULT_COLUMNS));
      continue;
    }
    if (event.fields.length !== header.length) {
      result.malformed++;
      errors.write(
        `line ${event.line}: expected ${header.length} columns, found ${event.fields.length}; written unchanged without a score\n`,
      );
      await write(output, withColumns(event.raw, ['', '', '']));
      continue;
    }
    const prediction = model.predict(event.fields[textIndex]!, lang);
    const used: Language = prediction.lang;
    await write(output, withColumns(event.raw, [prediction.label, prediction.score.toFixed(4), used]));
    result.scored++;
  }
  return result;
}
