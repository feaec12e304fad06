import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/kpi';

const repoRoot = resolve(import.meta.dirname, '../../..');
const inputPath = join(repoRoot, 'packages/core/fixtures/kpi-example.input.json');
const expectedPath = join(repoRoot, 'packages/core/fixtures/kpi-example.expected.json');

async function runKpi(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const code = await run(args, { stdin: new PassThrough(), stdout, stderr });
  return {
    code,
    stdout: Buffer.concat(chunks.stdout).toString(),
    stderr: Buffer.concat(chunks.stderr).toString(),
  };
}

/** Same keys everywhere, nulls where expected has nulls, numbers within a relative 1e-9. */
function expectSameShape(actual: unknown, expected: unknown, path = '$'): void {
  if (expected === null || typeof expected !== 'object') {
    if (typeof expected === 'number' && typeof actual === 'number') {
      expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
    } else {
      expect(actual, path).toEqual(expected);
    }
    return;
  }
  expect(actual, path).toBeTypeOf('object');
  const actualRecord = actual as Record<string, unknown>;
  const expectedRecord = expected as Record<string, unknown>;
  expect(Object.keys(actualRecord).sort(), path).toEqual(Object.keys(expectedRecord).sort());
  for (const key of Object.keys(expectedRecord))
    expectSameShape(actualRecord[key], expectedRecord[key], `${path}.${key}`);
}

async function writeTemp(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lantoa-kpi-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('lantoa kpi', () => {
  it('prints the worked example summary with --json', async () => {
    const { code, stdout, stderr } = await runKpi([inputPath, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectSameShape(JSON.parse(stdout), JSON.parse(await readFile(expectedPath, 'utf8')));
  });

  it('restricts --json to one creator with --creator', async () => {
    const { code, stdout } = await runKpi([inputPath, '--json', '--creator', 'linh']);
    expect(code).toBe(0);
    const expected = JSON.parse(await readFile(expectedPath, 'utf8'));
    expectSameShape(JSON.parse(stdout), {
      creators: { linh: expected.creators.linh },
      tiers: { tt_linh: 'micro' },
      follower_growth_rate: { tt_linh: expected.follower_growth_rate.tt_linh },
    });
  });

  it('prints a readable table in Vietnamese by default and in English on request', async () => {
    const vi = await runKpi([inputPath]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/Lượt hiển thị\s+555\.000/);
    expect(vi.stdout).toMatch(/Chi phí\s+150\.000\.000\s₫/);
    expect(vi.stdout).toContain('tt_linh Micro');
    const en = await runKpi([inputPath, '--lang', 'en', '--creator', 'ha']);
    expect(en.stdout).toMatch(/Impressions\s+520,000/);
    expect(en.stdout).toMatch(/Video views\s+—\s+no views recorded/);
    expect(en.stdout).not.toContain('tt_linh');
  });

  it('reports every schema problem with its JSON path and exits 2', async () => {
    const bundle = JSON.parse(await readFile(inputPath, 'utf8'));
    bundle.posts[2].snapshots[0].likes = -5;
    bundle.posts[0].snapshots[1].colour = 'red';
    bundle.accounts[1].platform = 'myspace';
    const { code, stdout, stderr } = await runKpi([await writeTemp('broken.json', JSON.stringify(bundle))]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('posts[2].snapshots[0].likes: expected a non-negative integer');
    expect(stderr).toContain('posts[0].snapshots[1].colour: unknown field');
    expect(stderr).toMatch(/accounts\[1\]\.platform: expected one of/);
  });

  it('reports broken references with their paths', async () => {
    const bundle = JSON.parse(await readFile(inputPath, 'utf8'));
    bundle.posts[3].account = 'fb_nobody';
    bundle.costs[0].creator = 'linhh';
    const { code, stderr } = await runKpi([await writeTemp('refs.json', JSON.stringify(bundle))]);
    expect(code).toBe(2);
    expect(stderr).toContain('posts[3].account: unknown account "fb_nobody"');
    expect(stderr).toContain('costs[0].creator: unknown creator "linhh"');
  });

  it('exits 2 on bad JSON, a missing file, an unknown creator and bad options', async () => {
    const badJson = await runKpi([await writeTemp('bad.json', '{"campaign": ')]);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/\(root\): not valid JSON/);
    const missing = await runKpi([join(repoRoot, 'does-not-exist.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    expect(missing.stderr).toContain('no such file');
    const unknownCreator = await runKpi([inputPath, '--creator', 'nobody']);
    expect(unknownCreator.code).toBe(2);
    expect(unknownCreator.stderr).toContain('Creators: ha, linh, minh');
    expect((await runKpi([inputPath, '--lang', 'fr'])).code).toBe(2);
    expect((await runKpi([])).code).toBe(2);
    expect((await runKpi(['--campaign', 'c1'])).stderr).toContain('"c1" is not a campaign id');
  });

  it('takes a date range: posts published after --to drop out', async () => {
    const { code, stdout } = await runKpi([inputPath, '--json', '--to', '2026-03-10']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    // p1 (published 03-02, latest snapshot 03-09) and p3 (03-05, snapshot 03-12 is after --to) remain.
    expect(summary.campaign.video_views).toBe(91_000);
    expect(summary.campaign.impressions).toBeNull();
  });

  it('plugs a --campaign source in', async () => {
    const bundle = JSON.parse(await readFile(inputPath, 'utf8'));
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await run(
      ['--campaign', 'c1', '--json'],
      { stdin: new PassThrough(), stdout, stderr: new PassThrough() },
      {
        campaign: (id) => ({ describe: () => `campaign ${id}`, load: async () => ({ ok: true, bundle }) }),
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(Buffer.concat(chunks).toString()).campaign.cost).toBe(150_000_000);
  });

  it('runs through the lantoa bin', async () => {
    const { stdout } = await promisify(execFile)(
      'node',
      ['packages/cli/bin/lantoa.js', 'kpi', inputPath, '--json'],
      {
        cwd: repoRoot,
      },
    );
    expectSameShape(JSON.parse(stdout), JSON.parse(await readFile(expectedPath, 'utf8')));
  }, 30_000);
});
