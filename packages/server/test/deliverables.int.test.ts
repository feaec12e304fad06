import { auditLog, posts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDraft,
  createDeliverable,
  createDeliverableWorld,
  type DeliverableView,
  type DeliverableWorld,
  ok,
} from './deliverables-fixture';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let w: DeliverableWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await createDeliverableWorld(t, 'dlv');
  await ok(
    t.request({
      method: 'POST',
      url: `${w.ws}/campaigns/${w.campaignId}/brief`,
      as: w.owner,
      payload: {
        keyMessage: 'Da ẩm mùa Tết',
        donts: ['Không nói "trị dứt điểm"'],
        disclosures: ['#CoMemPartner'],
      },
    }),
    201,
  );
});
afterAll(async () => {
  await t?.close();
});

const status = (id: string, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `${w.ws}/deliverables/${id}/status`, as: w.owner, payload: body });

describe('deliverables', () => {
  it('plans a deliverable for an assigned creator with an owner, and refuses an unassigned creator', async () => {
    const created = await createDeliverable(t, w, w.linh, { ownerUserId: w.ownerId });
    expect(created).toMatchObject({ status: 'draft', nextStatuses: ['in_review'], owner: { id: w.ownerId } });
    const other = await ok<{ id: string }>(
      t.request({
        method: 'POST',
        url: `${w.ws}/creators`,
        as: w.owner,
        payload: { name: 'Chưa gán', accounts: [{ platform: 'tiktok', handle: 'chua.gan' }] },
      }),
      201,
    );
    const refused = await t.request({
      method: 'POST',
      url: `${w.ws}/campaigns/${w.campaignId}/deliverables`,
      as: w.owner,
      payload: {
        creatorId: other.id,
        title: 'x',
        type: 'post',
        platform: 'tiktok',
        dueAt: '2026-12-10T12:00:00Z',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({
      path: 'body.creatorId',
      reason: 'creator_not_assigned',
    });
    const badOwner = await t.request({
      method: 'POST',
      url: `${w.ws}/campaigns/${w.campaignId}/deliverables`,
      as: w.owner,
      payload: {
        creatorId: w.linh,
        title: 'x',
        type: 'post',
        platform: 'tiktok',
        dueAt: '2026-12-10T12:00:00Z',
        ownerUserId: 'khong-phai-thanh-vien',
      },
    });
    expect(badOwner.json().error.details[0].path).toBe('body.ownerUserId');
  });

  it('checks each draft: missing disclosure, a claim the brief forbids with its span, and another creator’s copy', async () => {
    const a = await createDeliverable(t, w, w.linh);
    const b = await createDeliverable(t, w, w.minh);
    const caption =
      'Mình dùng serum Cỏ Mềm hai tuần, da mịn hơn hẳn và trị dứt điểm khô da luôn mọi người ơi';
    const first = await addDraft(t, w, a.id, caption);
    expect(first.status).toBe('in_review');
    const checks = first.versions[0]?.checks ?? [];
    expect(checks.map((c) => c.code)).toEqual(['missing_disclosure', 'banned_claim']);
    const start = caption.indexOf('trị dứt điểm');
    expect(checks[1]?.evidence).toEqual({ field: 'caption', text: 'trị dứt điểm', start, end: start + 12 });

    const copy = await addDraft(t, w, b.id, `${caption} #CoMemPartner`);
    const copyChecks = copy.versions[0]?.checks ?? [];
    expect(copyChecks.map((c) => c.code)).toEqual(['banned_claim', 'near_duplicate']);
    expect(copyChecks[1]?.otherDeliverableId).toBe(a.id);
    const original = await ok<DeliverableView>(
      t.request({ method: 'GET', url: `${w.ws}/deliverables/${a.id}`, as: w.owner }),
    );
    expect(original.versions[0]?.checks.map((c) => c.code)).toEqual([
      'missing_disclosure',
      'banned_claim',
      'near_duplicate',
    ]);
  });

  it('enforces the workflow: no approval of a draft, no publishing without the live URL', async () => {
    const d = await createDeliverable(t, w, w.linh);
    const skip = await status(d.id, { status: 'approved' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.details[0]).toEqual({
      path: 'body.status',
      message: 'allowed from draft: in_review',
      reason: 'deliverable_status_move',
      values: { from: 'draft', to: 'approved' },
    });
    await addDraft(t, w, d.id, 'Bản nháp #quangcao');
    await ok(status(d.id, { status: 'approved' }));
    const noUrl = await status(d.id, { status: 'published' });
    expect(noUrl.statusCode).toBe(400);
    expect(noUrl.json().error.details[0]).toMatchObject({
      path: 'body.liveUrl',
      reason: 'publish_needs_url',
    });
  });

  it('publishing the live URL links the post (created on the creator’s account) and records lateness', async () => {
    const d = await createDeliverable(t, w, w.linh, { dueAt: '2026-12-10T20:00:00+07:00' });
    await addDraft(t, w, d.id, 'Serum Cỏ Mềm #quangcao');
    await ok(status(d.id, { status: 'approved' }));
    await ok(status(d.id, { status: 'scheduled', scheduledAt: '2026-12-10T19:00:00+07:00' }));
    const url = `https://www.tiktok.com/@linh.dlv/video/7301234567890123456`;
    const published = await ok<DeliverableView>(
      status(d.id, { status: 'published', liveUrl: url, publishedAt: '2026-12-10T21:00:00+07:00' }),
    );
    expect(published).toMatchObject({ status: 'published', lateness: 'late', liveUrl: url });
    const [post] = await t.services.db
      .select()
      .from(posts)
      .where(eq(posts.id, published.postId ?? ''));
    expect(post).toMatchObject({
      externalId: '7301234567890123456',
      creatorId: w.linh,
      campaignId: w.campaignId,
    });
    expect(published.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'draft>in_review',
      'in_review>approved',
      'approved>scheduled',
      'scheduled>published',
    ]);
    const audits = await t.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, d.id), eq(auditLog.action, 'deliverable.status')));
    expect(audits).toHaveLength(4);

    const second = await createDeliverable(t, w, w.minh, { dueAt: '2026-12-12T20:00:00+07:00' });
    await addDraft(t, w, second.id, 'Khác hẳn #quangcao');
    await ok(status(second.id, { status: 'approved' }));
    const onTime = await ok<DeliverableView>(
      status(second.id, { status: 'published', liveUrl: url, publishedAt: '2026-12-12T08:00:00+07:00' }),
    );
    expect(onTime.lateness).toBe('on_time');
    expect(onTime.postId).toBe(published.postId);
  });

  it('keeps the live URL without a post when it is not a post link', async () => {
    const d = await createDeliverable(t, w, w.minh);
    await addDraft(t, w, d.id, 'Bản nháp #quangcao');
    await ok(status(d.id, { status: 'approved' }));
    const published = await ok<DeliverableView>(
      status(d.id, { status: 'published', liveUrl: 'https://shop.example.vn/khuyen-mai' }),
    );
    expect(published).toMatchObject({
      status: 'published',
      liveUrl: 'https://shop.example.vn/khuyen-mai',
      postId: null,
    });
  });

  it('keeps threaded comments and refuses a reply to a comment of another deliverable', async () => {
    const d = await createDeliverable(t, w, w.linh);
    const other = await createDeliverable(t, w, w.minh);
    const first = await ok<DeliverableView>(
      t.request({
        method: 'POST',
        url: `${w.ws}/deliverables/${d.id}/comments`,
        as: w.owner,
        payload: { body: 'Mở đầu dài quá' },
      }),
      201,
    );
    const parentId = first.comments[0]?.id;
    const reply = await ok<DeliverableView>(
      t.request({
        method: 'POST',
        url: `${w.ws}/deliverables/${d.id}/comments`,
        as: w.owner,
        payload: { body: 'Đã cắt còn 3 giây', parentId },
      }),
      201,
    );
    expect(reply.comments.map((c) => [c.body, c.parentId])).toEqual([
      ['Mở đầu dài quá', null],
      ['Đã cắt còn 3 giây', parentId],
    ]);
    const cross = await t.request({
      method: 'POST',
      url: `${w.ws}/deliverables/${other.id}/comments`,
      as: w.owner,
      payload: { body: 'x', parentId },
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.details[0].path).toBe('body.parentId');
  });

  it('lists by campaign and status, with the overdue flag', async () => {
    const list = await ok<{ items: { status: string; overdue: boolean; campaign: { id: string } }[] }>(
      t.request({
        method: 'GET',
        url: `${w.ws}/deliverables?campaignId=${w.campaignId}&status=published`,
        as: w.owner,
      }),
    );
    expect(list.items.length).toBe(3);
    expect(list.items.every((i) => i.status === 'published' && !i.overdue)).toBe(true);
  });
});
