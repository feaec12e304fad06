import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let ws: string;
let campaignId: string;
let otherCampaignId: string;

const PDF = '%PDF-1.7\nbảng thông số sản phẩm\n%%EOF\n';

function form(name: string, body: string | Uint8Array<ArrayBuffer>, type: string): FormData {
  const data = new FormData();
  data.append('file', new Blob([body], { type }), name);
  return data;
}

async function shareLink(days: number, campaign = campaignId): Promise<{ token: string; expiresAt: string }> {
  const r = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/${campaign}/brief/share-links`,
    as: owner,
    payload: { expiresInDays: days },
  });
  expect(r.statusCode, r.body).toBe(201);
  return { token: (r.json().url as string).split('/b/')[1] ?? '', expiresAt: r.json().expiresAt };
}

async function createCampaignWithBrief(name: string, keyMessage: string): Promise<string> {
  const campaign = await t.request({ method: 'POST', url: `${ws}/campaigns`, as: owner, payload: { name } });
  const id = campaign.json().id as string;
  const saved = await t.request({
    method: 'POST',
    url: `${ws}/campaigns/${id}/brief`,
    as: owner,
    payload: { keyMessage },
  });
  expect(saved.statusCode, saved.body).toBe(201);
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('Chủ', 'owner-brief-files@example.vn');
  const workspace = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: owner,
    payload: { name: 'Brief có tệp' },
  });
  ws = `/api/v1/workspaces/${workspace.json().id}`;
  campaignId = await createCampaignWithBrief('Serum Tết', 'Da sáng sau 7 ngày');
  otherCampaignId = await createCampaignWithBrief('Kem chống nắng', 'Không bết dính');
});
afterAll(() => t?.close());

describe('earlier versions of a brief', () => {
  it('reads any saved version exactly as it was, and 404 for a version never saved', async () => {
    const second = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief`,
      as: owner,
      payload: { keyMessage: 'Da sáng sau 7 ngày, có kiểm chứng', dos: ['Quay cận cảnh'] },
    });
    expect(second.json().current.version).toBe(2);
    const first = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/brief/versions/1`,
      as: owner,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      version: 1,
      content: { keyMessage: 'Da sáng sau 7 ngày', dos: [] },
    });
    const missing = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/brief/versions/3`,
      as: owner,
    });
    expect(missing.statusCode).toBe(404);
    const notANumber = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/brief/versions/moi-nhat`,
      as: owner,
    });
    expect(notANumber.statusCode).toBe(400);
    expect(notANumber.json().error.details[0].path).toContain('version');
  });
});

describe('files of a brief', () => {
  let fileId: string;
  let otherFileId: string;

  it('attaches a PDF to the brief, lists it and downloads it byte for byte as an attachment', async () => {
    const upload = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief/attachments`,
      as: owner,
      payload: form('Thông số sản phẩm.pdf', PDF, 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    fileId = upload.json().id;
    expect(upload.json()).toMatchObject({
      fileName: 'Thông số sản phẩm.pdf',
      contentType: 'application/pdf',
      sizeBytes: Buffer.byteLength(PDF),
    });
    const brief = await t.request({ method: 'GET', url: `${ws}/campaigns/${campaignId}/brief`, as: owner });
    expect(brief.json().attachments.map((a: { id: string }) => a.id)).toEqual([fileId]);
    const download = await t.request({
      method: 'GET',
      url: `${ws}/campaigns/${campaignId}/brief/attachments/${fileId}`,
      as: owner,
    });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(PDF);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const other = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${otherCampaignId}/brief/attachments`,
      as: owner,
      payload: form('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'image/png'),
    });
    expect(other.statusCode, other.body).toBe(201);
    otherFileId = other.json().id;
  });

  it('refuses a file that only pretends to be a PDF (415), naming the field', async () => {
    const fake = await t.request({
      method: 'POST',
      url: `${ws}/campaigns/${campaignId}/brief/attachments`,
      as: owner,
      payload: form('gia.pdf', '<script>alert(1)</script>', 'application/pdf'),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.details[0].path).toBe('body.file');
  });

  it('serves the brief’s files through its share link without login, and no other brief’s file', async () => {
    const { token } = await shareLink(7);
    const open = await t.request({ method: 'GET', url: `/api/v1/public/briefs/${token}` });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().version).toBe(2);
    expect(open.json().attachments).toEqual([
      expect.objectContaining({ id: fileId, fileName: 'Thông số sản phẩm.pdf' }),
    ]);
    const file = await t.request({
      method: 'GET',
      url: `/api/v1/public/briefs/${token}/attachments/${fileId}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(PDF);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/public/briefs/${token}/attachments/${otherFileId}`,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses the files once the link has expired', async () => {
    const { token } = await shareLink(14);
    const before = await t.request({
      method: 'GET',
      url: `/api/v1/public/briefs/${token}/attachments/${fileId}`,
    });
    expect(before.statusCode).toBe(200);
    await t.services.db.execute(
      sql`UPDATE brief_share_links SET expires_at = now() - interval '1 second' WHERE expires_at > now() + interval '13 days'`,
    );
    const after = await t.request({
      method: 'GET',
      url: `/api/v1/public/briefs/${token}/attachments/${fileId}`,
    });
    expect(after.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/briefs/${token}` })).statusCode).toBe(404);
  });

  it('gives a 30-day link when asked for one', async () => {
    const { expiresAt } = await shareLink(30);
    const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('removes a file: the share link stops serving it and the audit log has upload and delete', async () => {
    const { token } = await shareLink(7);
    const removed = await t.request({
      method: 'DELETE',
      url: `${ws}/campaigns/${campaignId}/brief/attachments/${fileId}`,
      as: owner,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const gone = await t.request({
      method: 'GET',
      url: `/api/v1/public/briefs/${token}/attachments/${fileId}`,
    });
    expect(gone.statusCode).toBe(404);
    const log = await t.request({
      method: 'GET',
      url: `${ws}/audit-log?entityType=brief_attachment`,
      as: owner,
    });
    const actions = (log.json().items as { action: string; entityId: string }[])
      .filter((entry) => entry.entityId === fileId)
      .map((entry) => entry.action);
    expect(actions).toEqual(['brief.attachment.delete', 'brief.attachment.upload']);
  });
});
