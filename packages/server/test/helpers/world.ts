import { alerts } from '@lantoa/db/schema';
import { expect } from 'vitest';
import type { Session, TestApp } from './test-app';

export interface Tenant {
  owner: Session;
  ownerId: string;
  workspaceId: string;
  /** Ids of one of each resource inside this workspace, by route parameter name. */
  params: Record<string, string>;
  adminKey: string;
}

async function json<T>(
  response: Promise<{ statusCode: number; json(): unknown; body: string }>,
  status = 200,
): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

/** A workspace with one of every kind of resource, owned by a fresh user. */
export async function createTenant(t: TestApp, label: string): Promise<Tenant> {
  const owner = await t.signUp(`Chủ ${label}`, `owner-${label}@example.vn`);
  const me = await json<{ user: { id: string } }>(t.request({ method: 'GET', url: '/api/v1/me', as: owner }));
  const workspace = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: '/api/v1/workspaces',
      as: owner,
      payload: { name: `Công ty ${label}` },
    }),
    201,
  );
  const ws = `/api/v1/workspaces/${workspace.id}`;

  const member = await t.signUp(`Thành viên ${label}`, `member-${label}@example.vn`);
  const invite = await json<{ url: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/invitations`,
      as: owner,
      payload: { email: `member-${label}@example.vn`, role: 'manager' },
    }),
    201,
  );
  const token = invite.url.split('/').pop() ?? '';
  await json(t.request({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, as: member }));
  const memberMe = await json<{ user: { id: string } }>(
    t.request({ method: 'GET', url: '/api/v1/me', as: member }),
  );

  const pending = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/invitations`,
      as: owner,
      payload: { email: `pending-${label}@example.vn`, role: 'viewer' },
    }),
    201,
  );
  const key = await json<{ id: string; key: string }>(
    t.request({ method: 'POST', url: `${ws}/api-keys`, as: owner, payload: { name: 'CI', role: 'admin' } }),
    201,
  );
  const demo = await json<{ jobId: string }>(
    t.request({ method: 'POST', url: `${ws}/demo`, as: owner }),
    202,
  );
  const campaignList = await json<{ items: { id: string }[] }>(
    t.request({ method: 'GET', url: `${ws}/campaigns`, as: owner }),
  );
  const link = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/links`,
      as: owner,
      payload: { campaignId: campaignList.items[0]?.id, destinationUrl: 'https://shop.example.vn/' },
    }),
    201,
  );
  const preset = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/utm-presets`,
      as: owner,
      payload: { name: 'TikTok KOL', utm: { source: 'tiktok', medium: 'kol' } },
    }),
    201,
  );
  const upload = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/imports`,
      as: owner,
      payload: { kind: 'creators', fileName: 'mau.csv' },
    }),
    201,
  );
  const creatorPage = await json<{ items: { id: string }[] }>(
    t.request({ method: 'GET', url: `${ws}/creators?limit=1&sort=name&order=asc`, as: owner }),
  );
  const contract = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/contracts`,
      as: owner,
      payload: { campaignId: campaignList.items[0]?.id, creatorId: creatorPage.items[0]?.id, fee: 5_000_000 },
    }),
    201,
  );
  const northStar = await json<{ nodes: { id: string }[] }>(
    t.request({
      method: 'POST',
      url: `${ws}/kpi-tree/nodes`,
      as: owner,
      payload: {
        level: 'company',
        name: 'Đơn hàng từ KOL',
        kpiId: 'conversions',
        target: 1_000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        campaigns: [{ campaignId: campaignList.items[0]?.id }],
      },
    }),
    201,
  );
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.4 mau'], { type: 'application/pdf' }), 'hop-dong.pdf');
  const attachment = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/contracts/${contract.id}/attachments`,
      as: owner,
      payload: form,
    }),
    201,
  );
  const campaignDetail = await json<{ creators: { creatorId: string }[] }>(
    t.request({ method: 'GET', url: `${ws}/campaigns/${campaignList.items[0]?.id}`, as: owner }),
  );
  const deliverable = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignList.items[0]?.id}/deliverables`,
      as: owner,
      payload: {
        creatorId: campaignDetail.creators[0]?.creatorId,
        title: 'Video mở hộp',
        type: 'video',
        platform: 'tiktok',
        dueAt: '2026-12-10T12:00:00+07:00',
      },
    }),
    201,
  );
  const reviewLink = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignList.items[0]?.id}/review-links`,
      as: owner,
      payload: { deliverableId: deliverable.id },
    }),
    201,
  );
  const sharedReport = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignList.items[0]?.id}/shared-reports`,
      as: owner,
      payload: { note: 'Gửi chị Lan bên nhãn hàng' },
    }),
    201,
  );
  const cost = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignList.items[0]?.id}/costs`,
      as: owner,
      payload: { category: 'production', amount: 3_000_000, incurredOn: '2026-03-04' },
    }),
    201,
  );
  const campaignPath = `${ws}/campaigns/${campaignList.items[0]?.id}`;
  await json(
    t.request({
      method: 'POST',
      url: `${campaignPath}/brief`,
      as: owner,
      payload: { keyMessage: 'Sữa hạt cho bữa sáng vội' },
    }),
    201,
  );
  const briefForm = new FormData();
  briefForm.append('file', new Blob(['%PDF-1.4 brief'], { type: 'application/pdf' }), 'brief.pdf');
  const briefAttachment = await json<{ id: string }>(
    t.request({ method: 'POST', url: `${campaignPath}/brief/attachments`, as: owner, payload: briefForm }),
    201,
  );
  const creatorDetail = await json<{ accounts: { id: string }[] }>(
    t.request({ method: 'GET', url: `${ws}/creators/${creatorPage.items[0]?.id}`, as: owner }),
  );
  const shortlist = await json<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/creator-lists`,
      as: owner,
      payload: { kind: 'shortlist', name: `Danh sách ${label}` },
    }),
    201,
  );
  await json(
    t.request({
      method: 'POST',
      url: `${ws}/creator-lists/${shortlist.id}/creators`,
      as: owner,
      payload: { creatorIds: [creatorPage.items[0]?.id] },
    }),
  );
  const commentPage = await json<{ items: { postId: string }[] }>(
    t.request({ method: 'GET', url: `${ws}/comments?limit=1`, as: owner }),
  );
  // Alerts are raised by analysis jobs only; one is planted so that the alert routes have something to act on.
  const [alert] = await t.services.db
    .insert(alerts)
    .values({
      workspaceId: workspace.id,
      campaignId: campaignList.items[0]?.id ?? '',
      kind: 'negative_spike',
      day: '2000-01-01',
      details: { negativeShare: 0.5, expectedShare: 0.1, negative: 10, total: 20 },
    })
    .returning({ id: alerts.id });

  return {
    owner,
    ownerId: me.user.id,
    workspaceId: workspace.id,
    adminKey: key.key,
    params: {
      workspaceId: workspace.id,
      userId: memberMe.user.id,
      invitationId: pending.id,
      apiKeyId: key.id,
      jobId: demo.jobId,
      token,
      linkId: link.id,
      presetId: preset.id,
      creatorId: creatorPage.items[0]?.id ?? '',
      accountId: creatorDetail.accounts[0]?.id ?? '',
      listId: shortlist.id,
      importId: upload.id,
      contractId: contract.id,
      attachmentId: attachment.id,
      nodeId: northStar.nodes[0]?.id ?? '',
      campaignId: campaignList.items[0]?.id ?? '',
      postId: commentPage.items[0]?.postId ?? '',
      deliverableId: deliverable.id,
      reviewLinkId: reviewLink.id,
      sharedReportId: sharedReport.id,
      costId: cost.id,
      version: '1',
      briefAttachmentId: briefAttachment.id,
      alertId: alert?.id ?? '',
    },
  };
}
