import { reviewLinks } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/api-key-token';
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
let other: DeliverableWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await createDeliverableWorld(t, 'rv');
  other = await createDeliverableWorld(t, 'rv-other');
});
afterAll(async () => {
  await t?.close();
});

interface PublicReview {
  campaign: { name: string };
  deliverables: {
    id: string;
    status: string;
    canDecide: boolean;
    draft: { version: number; checks: { code: string }[] } | null;
    comments: { author: { kind: string; name: string }; body: string }[];
  }[];
}

async function newLink(world: DeliverableWorld, deliverableId: string | null) {
  const created = await ok<{ id: string; url: string; active: boolean }>(
    t.request({
      method: 'POST',
      url: `${world.ws}/campaigns/${world.campaignId}/review-links`,
      as: world.owner,
      payload: { deliverableId, expiresInDays: 7 },
    }),
    201,
  );
  return { ...created, token: created.url.split('/r/')[1] ?? '' };
}

const view = (token: string) => t.request({ method: 'GET', url: `/api/v1/public/reviews/${token}` });
const decide = (token: string, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `/api/v1/public/reviews/${token}/decisions`, payload: body });

describe('external review link', () => {
  it('lets a client without login request changes, then approve the next draft; the app shows who did it', async () => {
    const d = await createDeliverable(t, w, w.linh);
    await addDraft(t, w, d.id, 'Serum Cỏ Mềm cho da khô');
    const link = await newLink(w, d.id);
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/r\/[\w-]{32}$/);
    const [stored] = await t.services.db.select().from(reviewLinks).where(eq(reviewLinks.id, link.id));
    expect(stored?.tokenHash).toBe(hashToken(link.token));

    const seen = await ok<PublicReview>(view(link.token));
    expect(seen.campaign.name).toBe('Serum Tết');
    expect(seen.deliverables).toHaveLength(1);
    expect(seen.deliverables[0]).toMatchObject({
      status: 'in_review',
      canDecide: true,
      draft: { version: 1 },
    });
    expect(seen.deliverables[0]?.draft?.checks.map((c) => c.code)).toEqual(['missing_disclosure']);

    const noComment = await decide(link.token, {
      deliverableId: d.id,
      decision: 'request_changes',
      reviewerName: 'Chị Hà',
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.details[0].path).toBe('body.comment');

    const changes = await ok<PublicReview>(
      decide(link.token, {
        deliverableId: d.id,
        decision: 'request_changes',
        reviewerName: 'Chị Hà (Cỏ Mềm)',
        comment: 'Thêm #quangcao giúp chị',
      }),
    );
    expect(changes.deliverables[0]).toMatchObject({ status: 'changes_requested', canDecide: false });
    expect(changes.deliverables[0]?.comments).toEqual([
      expect.objectContaining({
        author: { kind: 'reviewer', name: 'Chị Hà (Cỏ Mềm)' },
        body: 'Thêm #quangcao giúp chị',
      }),
    ]);

    await addDraft(t, w, d.id, 'Serum Cỏ Mềm cho da khô #quangcao');
    const approved = await ok<PublicReview>(
      decide(link.token, { deliverableId: d.id, decision: 'approve', reviewerName: 'Chị Hà (Cỏ Mềm)' }),
    );
    expect(approved.deliverables[0]?.status).toBe('approved');

    const inApp = await ok<DeliverableView>(
      t.request({ method: 'GET', url: `${w.ws}/deliverables/${d.id}`, as: w.owner }),
    );
    expect(inApp.status).toBe('approved');
    expect(inApp.history.map((h) => [h.to, h.by.kind, h.by.name])).toEqual([
      ['in_review', 'member', 'Chủ rv'],
      ['changes_requested', 'reviewer', 'Chị Hà (Cỏ Mềm)'],
      ['in_review', 'member', 'Chủ rv'],
      ['approved', 'reviewer', 'Chị Hà (Cỏ Mềm)'],
    ]);
  });

  it('answers a second approval (double submit) with 409 and changes nothing', async () => {
    const d = await createDeliverable(t, w, w.minh);
    await addDraft(t, w, d.id, 'Bản nháp #quangcao');
    const link = await newLink(w, d.id);
    const body = { deliverableId: d.id, decision: 'approve', reviewerName: 'Anh Nam' };
    const [first, second] = await Promise.all([decide(link.token, body), decide(link.token, body)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const inApp = await ok<DeliverableView>(
      t.request({ method: 'GET', url: `${w.ws}/deliverables/${d.id}`, as: w.owner }),
    );
    expect(inApp.history.filter((h) => h.to === 'approved')).toHaveLength(1);
  });

  it('shows the whole campaign on a campaign link, and stops working once revoked', async () => {
    const link = await newLink(w, null);
    const seen = await ok<PublicReview>(view(link.token));
    expect(seen.deliverables.length).toBe(2);
    const revoked = await ok<{ active: boolean; revokedAt: string | null }>(
      t.request({ method: 'POST', url: `${w.ws}/review-links/${link.id}/revoke`, as: w.owner }),
    );
    expect(revoked.active).toBe(false);
    const gone = await view(link.token);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toMatch(/expired or was revoked/);
    const list = await ok<{ items: { id: string; active: boolean }[] }>(
      t.request({ method: 'GET', url: `${w.ws}/campaigns/${w.campaignId}/review-links`, as: w.owner }),
    );
    expect(list.items.find((l) => l.id === link.id)?.active).toBe(false);
  });

  it('stops working after it expires', async () => {
    const d = await createDeliverable(t, w, w.linh);
    const link = await newLink(w, d.id);
    await t.services.db
      .update(reviewLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(reviewLinks.id, link.id));
    expect((await view(link.token)).statusCode).toBe(404);
    const late = await decide(link.token, { deliverableId: d.id, decision: 'approve', reviewerName: 'A' });
    expect(late.statusCode).toBe(404);
  });

  it("cannot reach another workspace's deliverable, nor one outside the link's scope", async () => {
    const mine = await createDeliverable(t, w, w.linh);
    await addDraft(t, w, mine.id, 'x #quangcao');
    const theirs = await createDeliverable(t, other, other.linh);
    await addDraft(t, other, theirs.id, 'y #quangcao');
    const link = await newLink(w, mine.id);
    for (const deliverableId of [theirs.id, (await createDeliverable(t, w, w.minh)).id]) {
      const response = await decide(link.token, {
        deliverableId,
        decision: 'approve',
        reviewerName: 'Kẻ lạ',
      });
      expect(response.statusCode).toBe(404);
    }
    const theirsNow = await ok<DeliverableView>(
      t.request({ method: 'GET', url: `${other.ws}/deliverables/${theirs.id}`, as: other.owner }),
    );
    expect(theirsNow.status).toBe('in_review');
    const cross = await t.request({
      method: 'POST',
      url: `${other.ws}/review-links/${link.id}/revoke`,
      as: other.owner,
    });
    expect(cross.statusCode).toBe(404);
  });

  it('rate-limits writes on one link', async () => {
    const d = await createDeliverable(t, w, w.linh);
    const link = await newLink(w, d.id);
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) {
      const r = await t.request({
        method: 'POST',
        url: `/api/v1/public/reviews/${link.token}/comments`,
        payload: { deliverableId: d.id, reviewerName: 'Bot', body: `spam ${i}` },
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 20).every((c) => c === 201)).toBe(true);
    expect(codes.slice(20)).toEqual([429, 429]);
  });
});
