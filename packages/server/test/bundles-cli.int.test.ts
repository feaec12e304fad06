import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runImport } from '../../cli/src/commands/import';
import { run as runKpi } from '../../cli/src/commands/kpi';
import { databaseCampaignSource } from '../../cli/src/kpi/database-source';
import { parseEnv } from '../src/env';
import { createLogger } from '../src/logger';
import { closeServices, createServices } from '../src/runtime';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

const specDir = resolve(import.meta.dirname, '../../..', '../shared/spec');
const inputPath = resolve(specDir, 'kpi-example.input.json');

let database: TestDatabase;

function open() {
  const config = parseEnv({
    DATA_DIR: database.dataDir,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  });
  return createServices(config, createLogger(config), { jobsDriver: 'inline', consumeJobs: false });
}

async function capture(
  command: (io: { stdin: PassThrough; stdout: PassThrough; stderr: PassThrough }) => Promise<number>,
) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await command({ stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

async function addWorkspace(name: string): Promise<string> {
  const services = await open();
  try {
    const result = await services.db.execute<{ id: string }>(
      sql`insert into workspaces (name, slug, settings) values (${name}, ${`ws-${Math.random().toString(36).slice(2)}`}, '{}'::jsonb) returning id`,
    );
    return result.rows[0]!.id;
  } finally {
    await closeServices(services);
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('lantoa import and lantoa kpi --campaign', () => {
  it('say what is missing before writing anything', async () => {
    const none = await capture((io) => runImport([inputPath], io, open));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no workspace yet');
    const badBundle = await capture((io) =>
      runImport([resolve(specDir, 'kpi-example.expected.json')], io, open),
    );
    expect(badBundle.code).toBe(2);
    expect(badBundle.stderr).toContain('accounts: required field is missing');
  });

  it('import the worked example, then print exactly kpi-example.expected.json from the database', async () => {
    const workspaceId = await addWorkspace('Dòng lệnh');
    const imported = await capture((io) => runImport([inputPath], io, open));
    expect(imported.stderr).toContain('Created campaign');
    expect(imported.code).toBe(0);
    const campaignId = imported.stdout.trim();
    expect(campaignId).toMatch(/^[0-9a-f-]{36}$/);

    const kpis = await capture((io) =>
      runKpi(['--campaign', campaignId, '--json'], io, { campaign: databaseCampaignSource(open) }),
    );
    expect(kpis.stderr).toBe('');
    expect(kpis.code).toBe(0);
    const expected = JSON.parse(await readFile(resolve(specDir, 'kpi-example.expected.json'), 'utf8'));
    expect(JSON.parse(kpis.stdout)).toStrictEqual(expected);

    const second = await addWorkspace('Thứ hai');
    const ambiguous = await capture((io) => runImport([inputPath], io, open));
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('choose one with --workspace');
    expect(ambiguous.stderr).toContain(workspaceId);
    const chosen = await capture((io) => runImport([inputPath, '--workspace', second], io, open));
    expect(chosen.code).toBe(0);
    const unknown = await capture((io) =>
      runKpi(['--campaign', '00000000-0000-4000-8000-000000000000'], io, {
        campaign: databaseCampaignSource(open),
      }),
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No campaign');
  });
});
