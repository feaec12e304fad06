import { DEFAULT_DEMO_SEED, generateDemoWorkspace } from '@lantoa/core/demo';
import type { Db } from '@lantoa/db';
import {
  campaignCreators,
  campaignFitTargets,
  campaignKpis,
  campaigns,
  comments,
  contractMilestones,
  contracts,
  conversions,
  costs,
  creatorAccounts,
  creators,
  deliverables,
  followerSnapshots,
  postSnapshots,
  posts,
} from '@lantoa/db/schema';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import { refreshCreatorStats } from '../creators/refresh-creator-stats';
import { DemoIds, demoRows } from './insert-demo-rows';
import { insertJsonBatches } from './insert-json-batches';

export interface DemoInsertCounts {
  creators: number;
  accounts: number;
  posts: number;
  /** Post metric snapshots. */
  snapshots: number;
  comments: number;
  campaigns: number;
  followerSnapshots: number;
  costs: number;
  conversions: number;
  deliverables: number;
  contracts: number;
}

async function assertEmpty(tx: Tx, workspaceId: string): Promise<void> {
  const result = await tx.execute<{ creators: number; campaigns: number }>(sql`
    select (select count(*) from creators where workspace_id = ${workspaceId})::int as creators,
           (select count(*) from campaigns where workspace_id = ${workspaceId})::int as campaigns`);
  const found = result.rows[0];
  if (found && (found.creators > 0 || found.campaigns > 0)) {
    throw new Error(
      `Demo data can only be loaded into an empty workspace; this one already has ${found.creators} creators and ${found.campaigns} campaigns`,
    );
  }
}

/**
 * Fills an empty workspace with the generated Vietnamese demo workspace (fixed seed, dates relative to
 * `now`) in one transaction, so a failure leaves nothing behind. Refuses a workspace that already has
 * creators or campaigns.
 */
export async function insertDemoData(
  db: Db,
  workspaceId: string,
  progress: (percent: number, message: string) => Promise<void>,
  now = new Date(),
): Promise<DemoInsertCounts> {
  await progress(2, 'Đang sinh dữ liệu mẫu…');
  const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now });
  const rows = demoRows(demo, workspaceId, new DemoIds());
  // Progress is written through `db`, outside the transaction. On the single-connection embedded database
  // that write waits for the connection the transaction holds, so it is reported, never awaited, in here.
  const report = (percent: number, message: string) => {
    void progress(percent, message).catch(() => undefined);
  };
  await db.transaction(async (tx) => {
    await assertEmpty(tx, workspaceId);
    report(10, 'Đang tạo nhà sáng tạo…');
    await insertJsonBatches(tx, creators, rows.creators);
    await insertJsonBatches(tx, creatorAccounts, rows.accounts);
    report(20, 'Đang tạo lịch sử người theo dõi…');
    await insertJsonBatches(tx, followerSnapshots, rows.followerSnapshots);
    report(30, 'Đang tạo chiến dịch…');
    await insertJsonBatches(tx, campaigns, rows.campaigns);
    await insertJsonBatches(tx, campaignKpis, rows.campaignKpis);
    await insertJsonBatches(tx, campaignFitTargets, rows.campaignFitTargets);
    await insertJsonBatches(tx, campaignCreators, rows.campaignCreators);
    report(40, 'Đang tạo bài đăng và số liệu…');
    await insertJsonBatches(tx, posts, rows.posts);
    await insertJsonBatches(tx, postSnapshots, rows.postSnapshots);
    await refreshCreatorStats(tx, workspaceId);
    report(70, 'Đang tạo bình luận…');
    await insertJsonBatches(tx, comments, rows.comments);
    report(90, 'Đang tạo chi phí và chuyển đổi…');
    await insertJsonBatches(tx, contracts, rows.contracts);
    await insertJsonBatches(tx, contractMilestones, rows.contractMilestones);
    await insertJsonBatches(tx, costs, rows.costs);
    await insertJsonBatches(tx, conversions, rows.conversions);
    await insertJsonBatches(tx, deliverables, rows.deliverables);
  });
  await progress(100, 'Đã tạo xong dữ liệu mẫu');
  return {
    creators: rows.creators.length,
    accounts: rows.accounts.length,
    posts: rows.posts.length,
    snapshots: rows.postSnapshots.length,
    comments: rows.comments.length,
    campaigns: rows.campaigns.length,
    followerSnapshots: rows.followerSnapshots.length,
    costs: rows.costs.length,
    conversions: rows.conversions.length,
    deliverables: rows.deliverables.length,
    contracts: rows.contracts.length,
  };
}
