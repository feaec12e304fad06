import { verifyPassword } from 'better-auth/crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { buildCampaignDashboard } from '../dashboard/build-dashboard';
import { ZDashboardQuery } from '../dashboard/dashboard-schemas';
import { createRateLimiter } from '../reviews/review-rate-limit';
import { recordReportOpen } from './record-report-open';
import {
  givenReportAccess,
  REPORT_ACCESS_HEADER,
  reportAccessCookie,
  signReportAccess,
  verifyReportAccess,
} from './report-access';
import { ZPublicReport, ZReportAccess, ZReportTokenParams, ZUnlockReport } from './shared-report-schemas';
import { openableSharedReport } from './shared-report-token';

const readLimit = createRateLimiter(120);
const unlockLimit = createRateLimiter(10);
const clientKey = (request: FastifyRequest, token: string) => `${request.ip}|${token.slice(0, 16)}`;

export const publicReportRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/public/reports/:token',
  permission: 'public',
  summary: `The live campaign dashboard behind a shared report link (no login). 404 unknown or revoked, 410 expired; a password-protected link answers 401 password_required until /unlock was answered (its cookie, or its token in the \`${REPORT_ACCESS_HEADER}\` header)`,
  tags: ['reports'],
  schema: { params: ZReportTokenParams, query: ZDashboardQuery, response: ZPublicReport },
  handler: async ({ ctx, params, query, request }) => {
    readLimit(clientKey(request, params.token));
    const db = ctx.services.db;
    const now = Date.now();
    const { report, campaign, workspaceName } = await openableSharedReport(db, params.token, new Date(now));
    if (
      report.passwordHash !== null &&
      !verifyReportAccess(
        ctx.services.secrets.authSecret,
        { reportId: report.id, passwordHash: report.passwordHash },
        givenReportAccess(request.headers),
        now,
      )
    )
      throw new AppError('password_required', 'This report is protected by a password', [
        { path: `headers.${REPORT_ACCESS_HEADER}`, message: 'unlock the report with its password first' },
      ]);
    const dashboard = await buildCampaignDashboard(db, report.workspaceId, campaign.id, query, now);
    await recordReportOpen(db, report.id, now);
    return {
      workspace: { name: workspaceName },
      campaign: { name: campaign.name, brand: campaign.brand },
      expiresAt: report.expiresAt?.toISOString() ?? null,
      dashboard,
    };
  },
});

export const unlockReportRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/public/reports/:token/unlock',
  permission: 'public',
  summary: `Give the password of a protected report link; answers a short-lived access token (12 h), also set as an httpOnly cookie for this report only; API clients send it in the \`${REPORT_ACCESS_HEADER}\` header (401 wrong_password; at most 10 tries a minute)`,
  tags: ['reports'],
  schema: { params: ZReportTokenParams, body: ZUnlockReport, response: ZReportAccess },
  handler: async ({ ctx, params, body, request, reply }) => {
    unlockLimit(clientKey(request, params.token));
    const now = Date.now();
    const { report } = await openableSharedReport(ctx.services.db, params.token, new Date(now));
    if (report.passwordHash === null)
      throw new AppError('bad_request', 'This report link has no password', [
        { path: 'body.password', message: 'not needed: open the report directly' },
      ]);
    if (!(await verifyPassword({ hash: report.passwordHash, password: body.password })))
      throw new AppError('wrong_password', 'The password is not right', [
        { path: 'body.password', message: 'does not match the password of this report link' },
      ]);
    const access = signReportAccess(
      ctx.services.secrets.authSecret,
      { reportId: report.id, passwordHash: report.passwordHash },
      now,
    );
    const secure = ctx.services.config.publicUrl.startsWith('https:');
    reply.header('set-cookie', reportAccessCookie(params.token, access.accessToken, secure));
    return { accessToken: access.accessToken, expiresAt: new Date(access.expiresAt).toISOString() };
  },
});
