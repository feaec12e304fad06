import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { parseBundleBody, ZBundleBody } from './bundle-body';
import { type BundleImportResult, importCampaignBundle } from './import-campaign-bundle';

/** Bundles carry every snapshot of a campaign: far more than an ordinary request (BODY_LIMIT_BYTES). */
export const BUNDLE_BODY_LIMIT_BYTES = 32 * 1024 * 1024;

const ZCount = z.object({ total: z.number().int(), created: z.number().int() });
const ZImportResult = z.object({
  campaignId: z.uuid(),
  createdCampaign: z.boolean(),
  creators: ZCount,
  accounts: ZCount,
  posts: ZCount,
  snapshots: z.number().int(),
  followerSnapshots: z.number().int(),
  costs: z.number().int(),
  conversionEntries: z.number().int(),
});

export const importBundleRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/import-bundle',
  permission: 'campaign.write',
  summary:
    'Create a campaign from a campaign bundle (JSON): creators and accounts are matched by platform + handle and created when missing, posts by URL or id; every problem is named by its JSON path',
  tags: ['campaigns', 'bundles'],
  status: 201,
  bodyLimit: BUNDLE_BODY_LIMIT_BYTES,
  schema: { params: ZWorkspaceParams, body: ZBundleBody, response: ZImportResult },
  handler: async ({ ctx, body }) => {
    const bundle = parseBundleBody(body);
    return ctx.write(async (tx, audit): Promise<BundleImportResult> => {
      const result = await importCampaignBundle(tx, ctx.workspace.id, bundle);
      await audit({
        action: 'campaign.import_bundle',
        entityType: 'campaign',
        entityId: result.campaignId,
        before: null,
        after: { name: bundle.campaign.name, ...result },
      });
      return result;
    });
  },
});

export const reimportBundleRoute = defineRoute({
  method: 'PUT',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/bundle',
  permission: 'campaign.write',
  summary:
    'Import a campaign bundle into this campaign, replacing what an earlier bundle import wrote (the same bundle twice changes nothing)',
  tags: ['campaigns', 'bundles'],
  bodyLimit: BUNDLE_BODY_LIMIT_BYTES,
  schema: { params: ZCampaignParams, body: ZBundleBody, response: ZImportResult },
  handler: async ({ ctx, params, body }) => {
    const bundle = parseBundleBody(body);
    return ctx.write(async (tx, audit): Promise<BundleImportResult> => {
      const result = await importCampaignBundle(tx, ctx.workspace.id, bundle, {
        campaignId: params.campaignId,
      });
      await audit({
        action: 'campaign.import_bundle',
        entityType: 'campaign',
        entityId: result.campaignId,
        before: null,
        after: { name: bundle.campaign.name, ...result },
      });
      return result;
    });
  },
});
