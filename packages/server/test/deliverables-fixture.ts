import { expect } from 'vitest';
import type { Session, TestApp } from './helpers/test-app';

/** A workspace with two beauty creators in Hồ Chí Minh City and a Cỏ Mềm campaign they are both assigned to. */
export interface DeliverableWorld {
  owner: Session;
  ownerId: string;
  ws: string;
  workspaceId: string;
  campaignId: string;
  linh: string;
  minh: string;
}

export async function ok<T>(
  response: Promise<{ statusCode: number; json(): unknown; body: string }>,
  status = 200,
): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

export async function createDeliverableWorld(t: TestApp, label: string): Promise<DeliverableWorld> {
  const owner = await t.signUp(`Chủ ${label}`, `owner-${label}@example.vn`);
  const me = await ok<{ user: { id: string } }>(t.request({ method: 'GET', url: '/api/v1/me', as: owner }));
  const workspace = await ok<{ id: string }>(
    t.request({ method: 'POST', url: '/api/v1/workspaces', as: owner, payload: { name: `Cty ${label}` } }),
    201,
  );
  const ws = `/api/v1/workspaces/${workspace.id}`;
  const creator = async (name: string, handle: string) =>
    (
      await ok<{ id: string }>(
        t.request({
          method: 'POST',
          url: `${ws}/creators`,
          as: owner,
          payload: {
            name,
            niches: ['Làm đẹp'],
            location: 'Hồ Chí Minh',
            accounts: [{ platform: 'tiktok', handle }],
          },
        }),
        201,
      )
    ).id;
  const linh = await creator('Linh Beauty', `linh.${label}`);
  const minh = await creator('Minh Review', `minh.${label}`);
  const campaign = await ok<{ id: string }>(
    t.request({
      method: 'POST',
      url: `${ws}/campaigns`,
      as: owner,
      payload: {
        name: 'Serum Tết',
        brand: 'Cỏ Mềm',
        competitors: ['Cocoon'],
        startDate: '2026-12-01',
        endDate: '2026-12-31',
      },
    }),
    201,
  );
  await ok(
    t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaign.id}/creators`,
      as: owner,
      payload: { creators: [{ creatorId: linh }, { creatorId: minh }] },
    }),
  );
  return { owner, ownerId: me.user.id, ws, workspaceId: workspace.id, campaignId: campaign.id, linh, minh };
}

export interface DeliverableView {
  id: string;
  status: string;
  nextStatuses: string[];
  lateness: string | null;
  postId: string | null;
  liveUrl: string | null;
  versions: {
    id: string;
    version: number;
    checks: { code: string; evidence: unknown; otherDeliverableId?: string }[];
  }[];
  comments: { id: string; parentId: string | null; author: { kind: string; name: string }; body: string }[];
  history: { from: string; to: string; by: { kind: string; name: string }; note: string | null }[];
}

export async function createDeliverable(
  t: TestApp,
  world: DeliverableWorld,
  creatorId: string,
  extra: Record<string, unknown> = {},
): Promise<DeliverableView> {
  return ok<DeliverableView>(
    t.request({
      method: 'POST',
      url: `${world.ws}/campaigns/${world.campaignId}/deliverables`,
      as: world.owner,
      payload: {
        creatorId,
        title: 'Video review serum',
        type: 'video',
        platform: 'tiktok',
        dueAt: '2026-12-10T20:00:00+07:00',
        ...extra,
      },
    }),
    201,
  );
}

export async function addDraft(
  t: TestApp,
  world: DeliverableWorld,
  deliverableId: string,
  caption: string,
  extra: Record<string, unknown> = {},
): Promise<DeliverableView> {
  return ok<DeliverableView>(
    t.request({
      method: 'POST',
      url: `${world.ws}/deliverables/${deliverableId}/versions`,
      as: world.owner,
      payload: { caption, ...extra },
    }),
    201,
  );
}
