import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/sentiment';

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function sentiment(args: string[], input = '') {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await run(args, { stdin: Readable.from([Buffer.from(input)]), stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('lantoa sentiment (scoring)', () => {
  it('appends sentiment, score and lang, keeping row order and every other column', async () => {
    const input =
      'id,text,author\n3,Sản phẩm rất tốt giao hàng nhanh,an\n1,"hàng giả, đừng mua",bình\n2,I love it,chi\n';
    const { code, stdout, stderr } = await sentiment([], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = parse(stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'text', 'author', 'sentiment', 'score', 'lang']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['3', '1', '2']);
    expect(rows[1]!.slice(0, 3)).toEqual(['3', 'Sản phẩm rất tốt giao hàng nhanh', 'an']);
    expect(rows[1]![3]).toBe('positive');
    expect(rows[2]![3]).toBe('negative');
    expect(rows[3]!.slice(3)).toEqual(['positive', expect.any(String), 'en']);
    for (const row of rows.slice(1)) expect(Math.abs(Number(row[4]))).toBeLessThanOrEqual(1);
  });

  it('keeps quoted fields with commas, quotes and newlines byte for byte', async () => {
    const input = 'text,note\n"dở, tệ ""thật"" luôn","line one\nline two"\n';
    const { code, stdout } = await sentiment([], input);
    expect(code).toBe(0);
    const [header, row] = stdout.split(/\n(?=")/);
    expect(header).toBe('text,note,sentiment,score,lang');
    expect(row!.startsWith('"dở, tệ ""thật"" luôn","line one\nline two",')).toBe(true);
    const parsed = parse(stdout) as string[][];
    expect(parsed[1]!.slice(0, 2)).toEqual(['dở, tệ "thật" luôn', 'line one\nline two']);
  });

  it('reports a row with the wrong column count with its line number and still writes it', async () => {
    const input = 'id,text\n1,tốt\n2,"xấu",extra\n3,"đa\ndòng"\n4,ok\n';
    const { code, stdout, stderr } = await sentiment(['--lang', 'vi'], input);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^line 3: expected 2 columns, found 3/m);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[2]).toBe('2,"xấu",extra,,,');
    expect(parse(stdout, { relax_column_count: true }).map((row: string[]) => row[0])).toEqual([
      'id',
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('reports a row with a broken quote by line number and goes on with the next rows', async () => {
    const input = 'id,text\n1,tốt\n2,"bad "quote",x\n3,đẹp\n';
    const { code, stdout, stderr } = await sentiment([], input);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^line 3: row skipped, it cannot be parsed \(Invalid Closing Quote/m);
    expect(stderr).toMatch(/2 rows scored, 1 malformed rows/);
    expect((parse(stdout) as string[][]).map((row) => row[0])).toEqual(['id', '1', '3']);
  });

  it('accounts for every line when quoting breaks down (scored or reported)', async () => {
    const input = 'id,text\n1,tốt\n2,"bad "quote\n3,đẹp\n4,"never closed\n5,ngon\n';
    const { code, stdout, stderr } = await sentiment([], input);
    expect(code).toBe(1);
    const covered = new Set<number>([1]);
    for (const [, first, last] of stderr.matchAll(/^lines? (\d+)(?:–(\d+))?: row skipped/gm)) {
      for (let line = Number(first); line <= Number(last ?? first); line++) covered.add(line);
    }
    const scoredIds = (parse(stdout) as string[][]).slice(1).map((row) => Number(row[0]));
    for (const id of scoredIds) covered.add(id + 1);
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('exits 2 with a clear message when there is no text column', async () => {
    const { code, stdout, stderr } = await sentiment([], 'id,body\n1,hello\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no "text" column \(columns: id, body\)/);
  });

  it('reads --input FILE instead of stdin and scores every row of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-sentiment-'));
    const file = path.join(dir, 'binh-luan.csv');
    writeFileSync(
      file,
      'text,likes\r\n"Giao hàng nhanh, đóng gói cẩn thận, rất hài lòng",12\r\nTerrible quality do not buy,0\r\n',
    );
    // stdin holds something else: only the file may be read.
    const { code, stdout, stderr } = await sentiment(['--input', file], 'text\nstdin must be ignored\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = parse(stdout) as string[][];
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['text', 'likes'],
      ['Giao hàng nhanh, đóng gói cẩn thận, rất hài lòng', '12'],
      ['Terrible quality do not buy', '0'],
    ]);
    expect(rows.slice(1).map((row) => [row[2], row[4]])).toEqual([
      ['positive', 'vi'],
      ['negative', 'en'],
    ]);
    expect(Number(rows[1]![3])).toBeGreaterThan(0);
    expect(Number(rows[2]![3])).toBeLessThan(0);
  });

  it('runs `lantoa sentiment --input FILE` through the bin', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-sentiment-'));
    const file = path.join(dir, 'comments.csv');
    writeFileSync(file, 'id,text\n7,sp dung rat thich lun\n8,hàng giả đừng mua\n');
    const { stdout, stderr } = await promisify(execFile)(
      'node',
      ['packages/cli/bin/lantoa.js', 'sentiment', '--input', file],
      { cwd: path.resolve(import.meta.dirname, '../../..') },
    );
    expect(stderr).toBe('');
    const rows = parse(stdout) as string[][];
    expect(rows[0]).toEqual(['id', 'text', 'sentiment', 'score', 'lang']);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[4]])).toEqual([
      ['7', 'positive', 'vi'],
      ['8', 'negative', 'vi'],
    ]);
  }, 30_000);

  it('fails cleanly when the input file does not exist', async () => {
    const { code, stderr } = await sentiment(['--input', path.join(tmpdir(), 'no-such-file-lantoa.csv')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: ENOENT/);
  });

  it('rejects an unknown --lang', async () => {
    const { code, stderr } = await sentiment(['--lang', 'fr'], 'text\nbonjour\n');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--lang must be one of auto, vi, en/);
  });

  it('forces the language when asked', async () => {
    const { stdout } = await sentiment(['--lang', 'en'], 'text\nđẹp quá\n');
    expect((parse(stdout) as string[][])[1]![3]).toBe('en');
  });
});

describe('lantoa sentiment train', () => {
  it('trains a model from text,label rows and scores with it via --model', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-sentiment-'));
    const labelled = path.join(dir, 'labelled.csv');
    const modelFile = path.join(dir, 'my-model.bin');
    const rows = ['text,label'];
    for (let i = 0; i < 5; i++) {
      rows.push(`"mê mẩn luôn ${i}",positive`, `"chán phèo ${i}",negative`, `"xem sau ${i}",neutral`);
    }
    rows.push('"nhãn lạ",maybe');
    writeFileSync(labelled, `${rows.join('\n')}\n`);
    const trained = await sentiment(['train', '--input', labelled, '--out', modelFile, '--bits', '14']);
    expect(trained.code).toBe(0);
    expect(trained.stderr).toMatch(/line 17: row skipped, unknown label "maybe"/);
    expect(trained.stderr).toMatch(/trained on 15 comments \(positive 5, neutral 5, negative 5\)/);
    expect(readFileSync(modelFile).subarray(0, 4).toString()).toBe('LTSM');
    const scored = await sentiment(['--model', modelFile], 'text\nmê mẩn luôn\nchán phèo\n');
    expect((parse(scored.stdout) as string[][]).slice(1).map((row) => row[1])).toEqual([
      'positive',
      'negative',
    ]);
  });

  it('needs text and label columns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-sentiment-'));
    const { code, stderr } = await sentiment(['train', '--out', path.join(dir, 'x.bin')], 'text\nabc\n');
    expect(code).toBe(2);
    expect(stderr).toMatch(/needs "text" and "label" columns/);
  });
});
