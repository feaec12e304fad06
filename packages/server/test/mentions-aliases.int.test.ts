import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTenant, type Tenant } from './helpers/world';

let t: TestApp;
let a: Tenant;
let campaignUrl: string;
let brand: string;

async function brandMentions(): Promise<number> {
  const response = await t.request({ method: 'GET', url: `${campaignUrl}/share-of-voice`, as: a.owner });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().total.brand;
}

function setAliases(targets: object[]) {
  return t.request({
    method: 'PUT',
    url: `${campaignUrl}/mention-targets`,
    as: a.owner,
    payload: { targets },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'aliases-a');
  campaignUrl = `/api/v1/workspaces/${a.workspaceId}/campaigns/${a.params.campaignId}`;
  const targets = await t.request({ method: 'GET', url: `${campaignUrl}/mention-targets`, as: a.owner });
  brand = (targets.json().targets as { name: string; role: string }[]).find((x) => x.role === 'brand')!.name;
});
afterAll(() => t.close());

describe('brand and competitor aliases', () => {
  it('counts a stored alias as a brand mention, accent- and case-insensitively', async () => {
    const before = await brandMentions();
    const pushed = await t.request({
      method: 'POST',
      url: `/api/v1/workspaces/${a.workspaceId}/posts/${a.params.postId}/comments`,
      as: a.owner,
      payload: {
        comments: [
          { author: 'Lan', text: 'hôm qua uống thử MAY MAY ở quận 3, ngon', at: '2026-03-02T10:00:00Z' },
        ],
      },
    });
    expect(pushed.statusCode, pushed.body).toBe(202);
    expect(await brandMentions()).toBe(before);

    const saved = await setAliases([{ name: brand.toUpperCase(), aliases: ['Mây Mây', ' mây mây ', ''] }]);
    expect(saved.statusCode, saved.body).toBe(400);
    const ok = await setAliases([{ name: brand.toUpperCase(), aliases: ['Mây Mây', ' mây mây '] }]);
    expect(ok.statusCode, ok.body).toBe(200);
    const stored = (ok.json().targets as { name: string; aliases: string[] }[]).find((x) => x.name === brand);
    expect(stored?.aliases).toEqual(['Mây Mây']);
    expect(await brandMentions()).toBe(before + 1);
  });

  it('refuses a name that is neither the brand nor a competitor, and an alias with a separator', async () => {
    const unknown = await setAliases([{ name: 'Không liên quan', aliases: ['x'] }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.targets.0.name');
    const separator = await setAliases([{ name: brand, aliases: ['A / B'] }]);
    expect(separator.statusCode).toBe(400);
    expect(separator.json().error.details[0].path).toContain('aliases');
  });

  it('lets a viewer read the aliases but not change them', async () => {
    const viewer = await t.signUp('Xem', 'viewer-aliases@example.vn');
    const invite = await t.request({
      method: 'POST',
      url: `/api/v1/workspaces/${a.workspaceId}/invitations`,
      as: a.owner,
      payload: { email: 'viewer-aliases@example.vn', role: 'viewer' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/invitations/${invite.json().url.split('/').pop()}/accept`,
      as: viewer,
    });
    expect(
      (await t.request({ method: 'GET', url: `${campaignUrl}/mention-targets`, as: viewer })).statusCode,
    ).toBe(200);
    const denied = await t.request({
      method: 'PUT',
      url: `${campaignUrl}/mention-targets`,
      as: viewer,
      payload: { targets: [] },
    });
    expect(denied.statusCode).toBe(403);
  });
});
