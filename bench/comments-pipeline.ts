/**
 * Comments scored per second end to end: POST /posts/:postId/comments in batches of 5,000, each batch stored,
 * scored by the comments.score job (sentiment, language, intent/objection tags, spam, one UPDATE per 1,000)
 * and its campaign's negative-spike alerts re-checked; against a baseline of the same run: scoring the same
 * texts in memory only (model + tagger, no database).
 * Run: node --import tsx bench/comments-pipeline.ts            (embedded PGlite)
 *      BENCH_DATABASE_URL=postgres://… node --import tsx bench/comments-pipeline.ts
 * Comments: BENCH_COMMENTS (default 50000).
 */

import { scoreBatch } from '../packages/server/src/features/comments/score-batch';
import { sentimentModel } from '../packages/server/src/features/sentiment/sentiment-model';
import { openBenchWorld } from './lib/bench-world';

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 50_000);
const BATCH = 5_000;

interface Item {
  postId: string;
  author: string | null;
  text: string;
}

async function main(): Promise<void> {
  const world = await openBenchWorld({ databaseUrl: process.env.BENCH_DATABASE_URL, jobs: 'inline' });
  try {
    const demo = await world.app.inject({ method: 'POST', url: `${world.ws}/demo`, headers: world.headers });
    if (demo.statusCode !== 202) throw new Error(`demo: ${demo.body}`);
    const seeds: Item[] = [];
    let cursor: string | null = null;
    do {
      const url = `${world.ws}/comments?limit=200&spam=false${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await world.app.inject({ method: 'GET', url, headers: world.headers })).json() as {
        items: Item[];
        nextCursor: string | null;
      };
      seeds.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const postId = seeds[0]?.postId ?? '';
    const start = Date.UTC(2031, 0, 1);
    const comments = Array.from({ length: COMMENTS }, (_, i) => {
      const seed = seeds[i % seeds.length] as Item;
      return {
        author: `${seed.author ?? 'an'}-${i}`,
        text: seed.text,
        at: new Date(start + i * 60_000).toISOString(),
      };
    });

    const model = await sentimentModel();
    let started = performance.now();
    for (let i = 0; i < comments.length; i += 1000) {
      scoreBatch(
        model,
        comments.slice(i, i + 1000).map((c, j) => ({ id: String(i + j), author: c.author, text: c.text })),
      );
    }
    const memoryMs = performance.now() - started;

    started = performance.now();
    for (let i = 0; i < comments.length; i += BATCH) {
      const response = await world.app.inject({
        method: 'POST',
        url: `${world.ws}/posts/${postId}/comments`,
        headers: world.headers,
        payload: { comments: comments.slice(i, i + BATCH) },
      });
      if (response.statusCode !== 202) throw new Error(`push: ${response.body}`);
    }
    const pipelineMs = performance.now() - started;
    const check = (
      await world.app.inject({
        method: 'GET',
        url: `${world.ws}/comments?postId=${postId}&limit=1`,
        headers: world.headers,
      })
    ).json() as { items: { sentiment: string | null }[] };
    if (check.items[0]?.sentiment == null) throw new Error('the newest comment was not scored');

    console.log(
      `database: ${world.kind}; ${COMMENTS.toLocaleString('en')} comments from ${seeds.length.toLocaleString('en')} demo texts, batches of ${BATCH.toLocaleString('en')}`,
    );
    console.log(
      `end to end (store + score + alerts): ${(pipelineMs / 1000).toFixed(1)} s = ${Math.round(COMMENTS / (pipelineMs / 1000)).toLocaleString('en')} comments/s`,
    );
    console.log(
      `baseline, scoring in memory only: ${(memoryMs / 1000).toFixed(1)} s = ${Math.round(COMMENTS / (memoryMs / 1000)).toLocaleString('en')} comments/s`,
    );
    console.log(`ratio end to end / in memory: ${(pipelineMs / memoryMs).toFixed(2)}×`);
  } finally {
    await world.close();
  }
}

await main();
