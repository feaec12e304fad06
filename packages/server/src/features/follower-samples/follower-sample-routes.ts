import { creatorAccounts, followerSamples } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCreatorParams } from '../creators/creator-schemas';
import { readSpreadsheet } from '../imports/read-spreadsheet';
import { assertCreator } from '../vetting/assert-creator';
import { MAX_SAMPLE_BASE64_CHARS, ZFollowerSample, ZFollowerSampleParams } from './follower-sample-schemas';
import { listSamples, sampleView } from './follower-sample-store';
import { summariseSample } from './summarise-sample';

export const uploadFollowerSampleRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/accounts/:accountId/follower-sample',
  permission: 'creator.write',
  summary:
    'Upload a follower sample (CSV or XLSX of follower profiles: followers, following, posts, picture, private, bio length, username digits; Vietnamese or English headers) → share of suspicious and mass followers, fake-follower estimate with its interval, problems by row and column. Feeds the audience quality score.',
  tags: ['vetting'],
  status: 201,
  schema: {
    params: ZFollowerSampleParams,
    body: z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      data: z.base64().min(1).max(MAX_SAMPLE_BASE64_CHARS),
    }),
    response: ZFollowerSample,
  },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const [account] = await ctx.services.db
      .select({ id: creatorAccounts.id })
      .from(creatorAccounts)
      .where(
        and(
          eq(creatorAccounts.id, params.accountId),
          eq(creatorAccounts.creatorId, params.creatorId),
          eq(creatorAccounts.workspaceId, workspaceId),
        ),
      );
    if (!account) throw AppError.notFound('Account');
    const sheet = await readSpreadsheet(Buffer.from(body.data, 'base64'), body.fileName);
    const { records, summary } = summariseSample(sheet);
    const row = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(followerSamples)
        .values({
          workspaceId,
          creatorId: params.creatorId,
          accountId: account.id,
          fileName: body.fileName,
          rowsReceived: summary.rowsReceived,
          rowsValid: summary.rowsValid,
          records,
          summary,
          uploadedBy: ctx.actor.id,
          uploadedByName: ctx.actor.name,
        })
        .returning();
      if (!created) throw new Error('insert returned no follower sample');
      await audit({
        action: 'creator.follower_sample.upload',
        entityType: 'creator',
        entityId: params.creatorId,
        after: {
          sampleId: created.id,
          accountId: account.id,
          fileName: body.fileName,
          rowsValid: summary.rowsValid,
        },
      });
      return created;
    });
    return sampleView(row);
  },
});

export const listFollowerSamplesRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/follower-samples',
  permission: 'creator.read',
  summary: 'Follower samples uploaded for a creator (newest first), with their results',
  tags: ['vetting'],
  schema: { params: ZCreatorParams, response: z.object({ items: z.array(ZFollowerSample) }) },
  handler: async ({ ctx, params }) => {
    await assertCreator(ctx.services.db, ctx.workspace.id, params.creatorId);
    return { items: await listSamples(ctx.services.db, ctx.workspace.id, params.creatorId) };
  },
});
