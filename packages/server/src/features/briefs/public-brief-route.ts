import { briefShareLinks, briefVersions, campaigns } from '@lantoa/db/schema';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { hashToken } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZBriefTokenParams, ZPublicBrief } from './brief-schemas';

export const publicBriefRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/public/briefs/:token',
  permission: 'public',
  summary: 'The brief behind a creator share link (no login); 404 once the link has expired or was revoked',
  tags: ['briefs'],
  schema: { params: ZBriefTokenParams, response: ZPublicBrief },
  handler: async ({ ctx, params }) => {
    const db = ctx.services.db;
    const [link] = await db
      .select({ link: briefShareLinks, campaign: campaigns })
      .from(briefShareLinks)
      .innerJoin(campaigns, eq(campaigns.id, briefShareLinks.campaignId))
      .where(
        and(
          eq(briefShareLinks.tokenHash, hashToken(params.token)),
          isNull(briefShareLinks.revokedAt),
          gt(briefShareLinks.expiresAt, new Date()),
        ),
      );
    if (!link) throw AppError.notFound('Brief');
    const [latest] = await db
      .select()
      .from(briefVersions)
      .where(
        and(
          eq(briefVersions.workspaceId, link.link.workspaceId),
          eq(briefVersions.campaignId, link.campaign.id),
        ),
      )
      .orderBy(desc(briefVersions.version))
      .limit(1);
    if (!latest) throw AppError.notFound('Brief');
    return {
      campaign: {
        name: link.campaign.name,
        brand: link.campaign.brand,
        startDate: link.campaign.startDate,
        endDate: link.campaign.endDate,
      },
      version: latest.version,
      content: latest.content,
      expiresAt: link.link.expiresAt.toISOString(),
    };
  },
});
