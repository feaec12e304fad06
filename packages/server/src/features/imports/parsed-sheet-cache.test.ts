import { describe, expect, it } from 'vitest';
import type { SheetAnalysis } from './analyze-sheet';
import { parsedSheets } from './parsed-sheet-cache';

const csv = (text: string) => Buffer.from(text, 'utf8');
const analysisWith = (mapping: (string | null)[]): SheetAnalysis => ({
  headerRowNumber: 1,
  headers: mapping.map((_, index) => `h${index}`),
  mapping,
  valid: [],
  rejected: [],
  mappingProblems: [],
});
const noInputs = { fixed: {}, remembered: new Map<string, string>() };

describe('parsed sheets kept between preview and job', () => {
  it('parses the same upload once and a changed upload again', async () => {
    const first = await parsedSheets.sheet('import-a', csv('handle,followers\nan,1\n'), 'a.csv');
    expect(first.rows).toHaveLength(2);
    expect(await parsedSheets.sheet('import-a', csv('handle,followers\nan,1\n'), 'a.csv')).toBe(first);
    const replaced = await parsedSheets.sheet('import-a', csv('handle,followers\nbinh,2\n'), 'a.csv');
    expect(replaced).not.toBe(first);
    expect(replaced.rows[1]?.cells).toEqual(['binh', '2']);
    parsedSheets.forget('import-a');
  });

  it('gives the job the preview analysis when it asks with the mapping the preview stored', async () => {
    const sheet = await parsedSheets.sheet('import-b', csv('handle,followers,note\nan,1,x\n'), 'b.csv');
    let computed = 0;
    const compute = (mapping: (string | null)[]) => () => {
      computed++;
      return analysisWith(mapping);
    };
    const suggested = ['handle', 'followers', null];
    const preview = parsedSheets.analysis(
      'import-b',
      sheet,
      { chosen: undefined, ...noInputs },
      compute(suggested),
    );
    // The stored mapping drops the unmapped trailing column, as `storedMapping` does.
    const job = parsedSheets.analysis(
      'import-b',
      sheet,
      { chosen: ['handle', 'followers'], ...noInputs },
      compute(suggested),
    );
    expect(job).toBe(preview);
    expect(computed).toBe(1);
    const remapped = parsedSheets.analysis(
      'import-b',
      sheet,
      { chosen: ['handle', null, 'followers'], ...noInputs },
      compute(['handle', null, 'followers']),
    );
    expect(remapped).not.toBe(preview);
    const otherFixed = parsedSheets.analysis(
      'import-b',
      sheet,
      { chosen: ['handle', null, 'followers'], fixed: { platform: 'tiktok' }, remembered: new Map() },
      compute(['handle', null, 'followers']),
    );
    expect(otherFixed).not.toBe(remapped);
    expect(computed).toBe(3);
    parsedSheets.forget('import-b');
  });

  it('forgets an import: the next read parses again', async () => {
    const bytes = csv('handle\nan\n');
    const first = await parsedSheets.sheet('import-c', bytes, 'c.csv');
    parsedSheets.forget('import-c');
    expect(await parsedSheets.sheet('import-c', bytes, 'c.csv')).not.toBe(first);
    parsedSheets.forget('import-c');
  });
});
