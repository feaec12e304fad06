import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

// Downloads answer through reply.send (src/http/send-download.ts), not reply.hijack(), so the onSend hooks
// run for them too: the request id comes back like on every other answer.
let t: TestApp;
let owner: Session;
let ws: string;
let creatorId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-downloads@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Tải về' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  const creator = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: {
      name: 'Linh Nguyễn',
      accounts: [{ platform: 'tiktok', handle: '@linh.dl', followers: 25_000 }],
    },
  });
  creatorId = creator.json().id;
});

afterAll(async () => {
  await t.close();
});

describe('file downloads', () => {
  it('the vetting dossier carries the request id and its attachment headers', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/dossier?format=xlsx`,
      as: owner,
      headers: { 'x-request-id': 'download-check-1' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['x-request-id']).toBe('download-check-1');
    expect(String(response.headers['content-type'])).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="lantoa-dossier-linh.dl.xlsx"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    // An XLSX file is a ZIP archive: "PK".
    expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a download without an incoming request id gets a generated one', async () => {
    const response = await t.request({
      method: 'GET',
      url: `${ws}/creators/${creatorId}/dossier?format=xlsx`,
      as: owner,
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['x-request-id'] ?? '')).not.toBe('');
  });
});
