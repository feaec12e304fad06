import { campaigns, sharedReports, users } from '@lantoa/db/schema';
import { hashPassword } from 'better-auth/crypto';
import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import {
  ZCreatedSharedReport,
  ZCreateSharedReport,
  ZSharedReport,
  ZSharedReportList,
  ZSharedReportParams,
} from './shared-report-schemas';
import { newReportToken } from './shared-report-token';
import { sharedReportView } from './shared-report-view';

const DAY_MS = 86_400_000;

export const createSharedReportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/shared-reports',
  permission: 'report.share',
  summary:
    'A read-only link to the live campaign dashboard (no login; optional expiry, default 30 days; optional password); the token is shown only here',
  tags: ['reports'],
  status: 201,
  schema: { params: ZCampaignParams, body: ZCreateSharedReport, response: ZCreatedSharedReport },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const [campaign] = await ctx.services.db
      .select({ id: campaigns.id, name: campaigns.name })
      .from(campaigns)
      .where(and(eq(campaigns.id, params.campaignId), eq(campaigns.workspaceId, workspaceId)));
    if (!campaign) throw AppError.notFound('Campaign');
    const passwordHash = body.password === null ? null : await hashPassword(body.password);
    const { token, tokenHash } = newReportToken();
    const createdBy = ctx.actor.type === 'user' ? ctx.actor.id : null;
    const row = await ctx.write(async (tx, audit) => {
      const [inserted] = await tx
        .insert(sharedReports)
        .values({
          workspaceId,
          campaignId: campaign.id,
          tokenHash,
          passwordHash,
          note: body.note || null,
          expiresAt: body.expiresInDays === null ? null : new Date(Date.now() + body.expiresInDays * DAY_MS),
          createdBy,
        })
        .returning();
      if (!inserted) throw new Error('shared report insert returned nothing');
      await audit({
        action: 'shared_report.create',
        entityType: 'shared_report',
        entityId: inserted.id,
        after: {
          campaignId: inserted.campaignId,
          expiresAt: inserted.expiresAt,
          hasPassword: passwordHash !== null,
          note: inserted.note,
        },
      });
      return inserted;
    });
    const [creator] = createdBy
      ? await ctx.services.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(eq(users.id, createdBy))
      : [];
    return {
      ...sharedReportView(row, campaign.name, creator ?? null),
      url: `${ctx.services.config.publicUrl}/share/reports/${token}`,
    };
  },
});

export const listSharedReportsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/shared-reports',
  permission: 'report.read',
  summary:
    'Every report link of the workspace, newest first: campaign, who made it, expiry, password, opens, status',
  tags: ['reports'],
  schema: { params: ZWorkspaceParams, response: ZSharedReportList },
  handler: async ({ ctx }) => {
    const rows = await ctx.services.db
      .select({
        report: sharedReports,
        campaignName: campaigns.name,
        creatorId: users.id,
        creatorName: users.name,
      })
      .from(sharedReports)
      .innerJoin(campaigns, eq(campaigns.id, sharedReports.campaignId))
      .leftJoin(users, eq(users.id, sharedReports.createdBy))
      .where(eq(sharedReports.workspaceId, ctx.workspace.id))
      .orderBy(desc(sharedReports.createdAt));
    const now = new Date();
    return {
      items: rows.map((r) =>
        sharedReportView(
          r.report,
          r.campaignName,
          r.creatorId && r.creatorName ? { id: r.creatorId, name: r.creatorName } : null,
          now,
        ),
      ),
    };
  },
});

export const revokeSharedReportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/shared-reports/:sharedReportId/revoke',
  permission: 'report.share',
  summary: 'Revoke a report link: it stops working at once (404 for anyone holding it)',
  tags: ['reports'],
  schema: { params: ZSharedReportParams, response: ZSharedReport },
  handler: async ({ ctx, params }) => {
    const scope = and(
      eq(sharedReports.id, params.sharedReportId),
      eq(sharedReports.workspaceId, ctx.workspace.id),
    );
    const [before] = await ctx.services.db
      .select({ report: sharedReports, campaignName: campaigns.name })
      .from(sharedReports)
      .innerJoin(campaigns, eq(campaigns.id, sharedReports.campaignId))
      .where(scope);
    if (!before) throw AppError.notFound('Report link');
    const after = await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .update(sharedReports)
        .set({ revokedAt: before.report.revokedAt ?? new Date() })
        .where(scope)
        .returning();
      await audit({
        action: 'shared_report.revoke',
        entityType: 'shared_report',
        entityId: before.report.id,
        before: { revokedAt: before.report.revokedAt },
        after: { revokedAt: row?.revokedAt },
      });
      return row ?? before.report;
    });
    const [creator] = after.createdBy
      ? await ctx.services.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(eq(users.id, after.createdBy))
      : [];
    return sharedReportView(after, before.campaignName, creator ?? null);
  },
});
