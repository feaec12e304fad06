import type { Readable } from 'node:stream';
import { type CsvError, type Options, parse } from 'csv-parse';

export type CsvEvent =
  | { type: 'record'; fields: string[]; raw: string; line: number }
  | { type: 'unreadable'; line: number; lastLine: number; reason: string };

interface ParsedItem {
  record: string[];
  raw: string;
  info: LineCounters;
}

interface LineCounters {
  lines: number;
  empty_lines: number;
}

/**
 * Reads CSV records one at a time with the raw text of each (so it can be written back byte for byte)
 * and the line it starts on. Rows the parser cannot read (broken quoting) come out as `unreadable`, in
 * input order, instead of stopping the stream. Blank lines are not rows and are skipped.
 */
export async function* readCsvRecords(input: Readable): AsyncGenerator<CsvEvent> {
  const unreadable: Extract<CsvEvent, { type: 'unreadable' }>[] = [];
  let endLine = 0;
  let emptyLines = 0;
  const startLine = (counters: LineCounters): number => {
    const start = endLine + 1 + (counters.empty_lines - emptyLines);
    endLine = counters.lines;
    emptyLines = counters.empty_lines;
    return start;
  };
  const options: Options = {
    bom: true,
    raw: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // With `raw` and `info` the parser hands over {record, raw, info}; its typings only know string[].
    on_record: ((item: ParsedItem) => ({
      ...item,
      line: startLine(item.info),
    })) as unknown as Options['on_record'],
    on_skip: (error: CsvError | undefined) => {
      if (error) {
        const counters = error as unknown as LineCounters;
        const line = startLine(counters);
        const lastLine = Math.max(line, counters.lines);
        unreadable.push({ type: 'unreadable', line, lastLine, reason: error.message });
      }
      return undefined;
    },
  };
  const parser = input.pipe(parse(options));
  input.once('error', (error) => parser.destroy(error));
  for await (const item of parser as AsyncIterable<ParsedItem & { line: number }>) {
    while (unreadable.length > 0 && unreadable[0]!.line < item.line) yield unreadable.shift()!;
    yield { type: 'record', fields: item.record, raw: item.raw, line: item.line };
  }
  yield* unreadable;
}

/** "line 7" or "lines 7–9" for messages. */
export function lineRange(first: number, last: number): string {
  return last > first ? `lines ${first}–${last}` : `line ${first}`;
}
