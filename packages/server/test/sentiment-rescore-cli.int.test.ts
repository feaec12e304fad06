import { PassThrough } from 'node:stream';
import { comments, creatorAccounts, creators, posts, workspaces } from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/src/commands/sentiment';
import { parseEnv } from '../src/env';
import { loadedSentimentModel } from '../src/features/sentiment/sentiment-model';
import { createLogger } from '../src/logger';
import { closeServices, createServices } from '../src/runtime';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

let database: TestDatabase;
let workspaceId: string;
const OLD_MODEL = 'sha256:00000000000000aa';

function open() {
  const config = parseEnv({
    DATA_DIR: database.dataDir,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  });
  return createServices(config, createLogger(config), { jobsDriver: 'inline', consumeJobs: false });
}

async function sentimentCli(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run(args, { stdin: new PassThrough(), stdout, stderr }, open);
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

async function stored() {
  const services = await open();
  try {
    const result = await services.db.execute<{
      text: string;
      sentiment: string | null;
      model_id: string | null;
    }>(sql`select text, sentiment, model_id from comments where workspace_id = ${workspaceId} order by text`);
    return result.rows;
  } finally {
    await closeServices(services);
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const services = await open();
  try {
    const [workspace] = await services.db
      .insert(workspaces)
      .values({ name: 'Chấm lại', slug: 'cham-lai', settings: sql`'{}'::jsonb` })
      .returning({ id: workspaces.id });
    workspaceId = workspace!.id;
    const [creator] = await services.db
      .insert(creators)
      .values({ workspaceId, name: 'Lan Anh' })
      .returning({ id: creators.id });
    const [account] = await services.db
      .insert(creatorAccounts)
      .values({ workspaceId, creatorId: creator!.id, platform: 'tiktok', handle: 'lananh.review' })
      .returning({ id: creatorAccounts.id });
    const [post] = await services.db
      .insert(posts)
      .values({
        workspaceId,
        creatorId: creator!.id,
        accountId: account!.id,
        platform: 'tiktok',
        publishedAt: new Date('2030-01-01T10:00:00Z'),
      })
      .returning({ id: posts.id });
    // Scored by a model trained earlier (and wrongly), and one never scored.
    await services.db.insert(comments).values([
      {
        workspaceId,
        postId: post!.id,
        text: 'a. hàng giả, đừng mua',
        sentiment: 'positive',
        modelId: OLD_MODEL,
        scoredAt: new Date(),
      },
      {
        workspaceId,
        postId: post!.id,
        text: 'b. son đẹp lắm, rất thích',
        sentiment: 'negative',
        modelId: OLD_MODEL,
        scoredAt: new Date(),
      },
      { workspaceId, postId: post!.id, text: 'c. giao hàng nhanh, đóng gói cẩn thận' },
    ]);
  } finally {
    await closeServices(services);
  }
}, 120_000);
afterAll(() => database.drop());

describe('lantoa sentiment rescore', () => {
  it('re-scores every comment another model scored, through the scoring job', async () => {
    const current = (await loadedSentimentModel()).id;
    const { code, stdout, stderr } = await sentimentCli(['rescore']);
    expect(stderr).toBe(`Re-scoring 3 comments with model ${current}…\n`);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Re-scored 3 of 3 comments of "Chấm lại" with model ${current} `));
    expect(await stored()).toEqual([
      { text: 'a. hàng giả, đừng mua', sentiment: 'negative', model_id: current },
      { text: 'b. son đẹp lắm, rất thích', sentiment: 'positive', model_id: current },
      { text: 'c. giao hàng nhanh, đóng gói cẩn thận', sentiment: 'positive', model_id: current },
    ]);
  });

  it('says when there is nothing to re-score', async () => {
    const { code, stdout } = await sentimentCli(['rescore', '--workspace', workspaceId]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Every comment of "Chấm lại" is already scored by model sha256:/);
  });

  it('names a workspace it cannot find', async () => {
    const { code, stderr } = await sentimentCli(['rescore', '--workspace', 'not-a-uuid']);
    expect(code).toBe(2);
    expect(stderr).toBe('error: --workspace "not-a-uuid" is not a workspace id (a UUID)\n');
  });
});
