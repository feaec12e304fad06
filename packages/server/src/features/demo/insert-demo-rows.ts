import type { DemoWorkspace } from '@lantoa/core/demo';
import { foldDiacritics } from '@lantoa/core/text';
import type {
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

/** Database ids for the generator's string keys. */
export class DemoIds {
  private readonly ids = new Map<string, string>();

  of(key: string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = crypto.randomUUID();
      this.ids.set(key, id);
    }
    return id;
  }

  maybe(key: string | null): string | null {
    return key === null ? null : this.of(key);
  }
}

export interface DemoRows {
  creators: (typeof creators.$inferInsert)[];
  accounts: (typeof creatorAccounts.$inferInsert)[];
  followerSnapshots: (typeof followerSnapshots.$inferInsert)[];
  campaigns: (typeof campaigns.$inferInsert)[];
  campaignKpis: (typeof campaignKpis.$inferInsert)[];
  campaignFitTargets: (typeof campaignFitTargets.$inferInsert)[];
  campaignCreators: (typeof campaignCreators.$inferInsert)[];
  posts: (typeof posts.$inferInsert)[];
  postSnapshots: (typeof postSnapshots.$inferInsert)[];
  comments: (typeof comments.$inferInsert)[];
  costs: (typeof costs.$inferInsert)[];
  conversions: (typeof conversions.$inferInsert)[];
  deliverables: (typeof deliverables.$inferInsert)[];
  contracts: (typeof contracts.$inferInsert)[];
  contractMilestones: (typeof contractMilestones.$inferInsert)[];
}

/** Who a demo row says set it: the demo itself, not the member who loaded it. */
const DEMO_AUTHOR = 'Dữ liệu mẫu';

/** `search_text`: name, handles, niches, location and bio, accent-folded (PRODUCT.md A3). */
function searchText(demo: DemoWorkspace, creator: DemoWorkspace['creators'][number]): string {
  const handles = demo.accounts
    .filter((account) => account.creatorKey === creator.key)
    .map((account) => account.handle);
  return foldDiacritics(
    [creator.name, ...handles, ...creator.niches, creator.location, creator.bio].join(' '),
  );
}

/** Every demo row as an insert row of `workspaceId`, with keys replaced by ids. */
export function demoRows(demo: DemoWorkspace, workspaceId: string, ids: DemoIds): DemoRows {
  // A fee cost that a contract milestone pays is linked to it, as a milestone marked paid in the app would be.
  const milestoneOfCost = new Map(
    demo.contracts.flatMap(({ key, milestones }) =>
      milestones.flatMap((m, position) =>
        m.costKey ? [[m.costKey, ids.of(`${key}-milestone-${position}`)] as const] : [],
      ),
    ),
  );
  return {
    creators: demo.creators.map(({ key, createdAt, ...creator }) => ({
      ...creator,
      id: ids.of(key),
      workspaceId,
      searchText: searchText(demo, { key, createdAt, ...creator }),
      createdAt,
      updatedAt: createdAt,
    })),
    accounts: demo.accounts.map(({ key, creatorKey, tier: _tier, ...account }) => ({
      ...account,
      id: ids.of(key),
      workspaceId,
      creatorId: ids.of(creatorKey),
    })),
    followerSnapshots: demo.followerSnapshots.map(({ accountKey, ...snapshot }) => ({
      ...snapshot,
      workspaceId,
      accountId: ids.of(accountKey),
    })),
    campaigns: demo.campaigns.map(({ key, createdAt, ...campaign }) => ({
      ...campaign,
      id: ids.of(key),
      workspaceId,
      createdAt,
      updatedAt: createdAt,
    })),
    campaignKpis: demo.campaignKpis.map(({ key: _key, campaignKey, ...kpi }) => ({
      ...kpi,
      workspaceId,
      campaignId: ids.of(campaignKey),
    })),
    campaignFitTargets: demo.campaignFitTargets.map(({ campaignKey, target, updatedAt }) => ({
      campaignId: ids.of(campaignKey),
      workspaceId,
      target,
      updatedBy: DEMO_AUTHOR,
      updatedAt,
    })),
    campaignCreators: demo.campaignCreators.map(({ campaignKey, creatorKey, ...member }) => ({
      ...member,
      workspaceId,
      campaignId: ids.of(campaignKey),
      creatorId: ids.of(creatorKey),
    })),
    posts: demo.posts.map(({ key, creatorKey, accountKey, campaignKey, ...post }) => ({
      ...post,
      id: ids.of(key),
      workspaceId,
      creatorId: ids.of(creatorKey),
      accountId: ids.of(accountKey),
      campaignId: ids.maybe(campaignKey),
    })),
    postSnapshots: demo.postSnapshots.map(({ postKey, ...snapshot }) => ({
      ...snapshot,
      workspaceId,
      postId: ids.of(postKey),
    })),
    comments: demo.comments.map(({ key: _key, postKey, ...comment }) => ({
      ...comment,
      workspaceId,
      postId: ids.of(postKey),
      sentiment: null,
      sentimentScore: null,
    })),
    costs: demo.costs.map(({ key, campaignKey, creatorKey, ...cost }) => ({
      ...cost,
      workspaceId,
      campaignId: ids.of(campaignKey),
      creatorId: ids.maybe(creatorKey),
      contractMilestoneId: milestoneOfCost.get(key) ?? null,
    })),
    conversions: demo.conversions.map(({ key: _key, campaignKey, creatorKey, ...conversion }) => ({
      ...conversion,
      workspaceId,
      campaignId: ids.of(campaignKey),
      creatorId: ids.maybe(creatorKey),
    })),
    deliverables: demo.deliverables.map(({ key, campaignKey, creatorKey, postKey, ...deliverable }) => ({
      ...deliverable,
      id: ids.of(key),
      workspaceId,
      campaignId: ids.of(campaignKey),
      creatorId: ids.of(creatorKey),
      postId: ids.maybe(postKey),
    })),
    contracts: demo.contracts.map(({ key, campaignKey, creatorKey, milestones: _m, ...contract }) => ({
      ...contract,
      id: ids.of(key),
      workspaceId,
      campaignId: ids.of(campaignKey),
      creatorId: ids.of(creatorKey),
    })),
    contractMilestones: demo.contracts.flatMap(({ key, milestones }) =>
      milestones.map(({ costKey: _cost, ...milestone }, position) => ({
        ...milestone,
        id: ids.of(`${key}-milestone-${position}`),
        workspaceId,
        contractId: ids.of(key),
        position,
      })),
    ),
  };
}
