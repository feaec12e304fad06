import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './helpers/test-app';

let t: TestApp;
let owner: Session;
let viewer: Session;
let outsider: Session;
let workspaceId: string;
let ws: string;
let outsiderWs: string;
let contractId: string;

const MAX_BYTES = 4096;
const pdfBytes = Buffer.from('%PDF-1.7\nHợp đồng quảng bá serum — bản ký\n%%EOF\n', 'utf8');

function fileForm(name: string, type: string, bytes: Buffer | string): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return form;
}

async function upload(as: Session, url: string, form: FormData) {
  return t.request({ method: 'POST', url, as, payload: form });
}

async function workspaceOf(session: Session, name: string): Promise<string> {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/workspaces',
    as: session,
    payload: { name },
  });
  return created.json().id;
}

beforeAll(async () => {
  t = await createTestApp({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
  owner = await t.signUp('Chủ', 'owner-attachments@example.vn');
  outsider = await t.signUp('Người ngoài', 'outsider-attachments@example.vn');
  viewer = await t.signUp('Người xem', 'viewer-attachments@example.vn');
  workspaceId = await workspaceOf(owner, 'Hợp đồng');
  ws = `/api/v1/workspaces/${workspaceId}`;
  outsiderWs = `/api/v1/workspaces/${await workspaceOf(outsider, 'Khác')}`;
  const invite = await t.request({
    method: 'POST',
    url: `${ws}/invitations`,
    as: owner,
    payload: { email: 'viewer-attachments@example.vn', role: 'viewer' },
  });
  const token = invite.json().url.split('/').pop();
  await t.request({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, as: viewer });
  const campaign = await t.request({
    method: 'POST',
    url: `${ws}/campaigns`,
    as: owner,
    payload: { name: 'Serum Tết' },
  });
  const creator = await t.request({
    method: 'POST',
    url: `${ws}/creators`,
    as: owner,
    payload: { name: 'Linh Nguyễn', accounts: [{ platform: 'tiktok', handle: 'linh.review' }] },
  });
  const contract = await t.request({
    method: 'POST',
    url: `${ws}/contracts`,
    as: owner,
    payload: { campaignId: campaign.json().id, creatorId: creator.json().id, fee: 12_000_000 },
  });
  expect(contract.statusCode, contract.body).toBe(201);
  contractId = contract.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('contract attachments', () => {
  it('stores an upload in the data directory and gives the same bytes back as a download', async () => {
    const url = `${ws}/contracts/${contractId}/attachments`;
    const created = await upload(owner, url, fileForm('Hợp đồng ký.pdf', 'application/pdf', pdfBytes));
    expect(created.statusCode, created.body).toBe(201);
    const attachment = created.json();
    expect(attachment).toMatchObject({
      fileName: 'Hợp đồng ký.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdfBytes.length,
    });
    const folder = path.join(t.services.config.dataDir, 'attachments', workspaceId);
    expect(await readdir(folder)).toContain(attachment.id);

    const download = await t.request({ method: 'GET', url: `${url}/${attachment.id}`, as: viewer });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdfBytes)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Hop dong ky.pdf"; filename*=UTF-8''${encodeURIComponent('Hợp đồng ký.pdf')}`,
    );
    const listed = await t.request({ method: 'GET', url: `${ws}/contracts/${contractId}`, as: viewer });
    expect(listed.json().attachments.map((a: { id: string }) => a.id)).toEqual([attachment.id]);
  });

  it('answers 413 with the limit when the file is too large', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_BYTES + 10, 0x41)]);
    const response = await upload(
      owner,
      `${ws}/contracts/${contractId}/attachments`,
      fileForm('lon.pdf', 'application/pdf', big),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'payload_too_large',
      details: [{ path: 'body.file', message: `at most ${MAX_BYTES} bytes` }],
    });
  });

  it('answers 415 to a type outside the allow-list, a fake PDF and a JSON body', async () => {
    const url = `${ws}/contracts/${contractId}/attachments`;
    const html = await upload(owner, url, fileForm('trang.html', 'text/html', '<script>alert(1)</script>'));
    expect(html.statusCode).toBe(415);
    expect(html.json().error.message).toContain('text/html files are not accepted');
    const fake = await upload(owner, url, fileForm('gia.pdf', 'application/pdf', '<html>'));
    expect(fake.statusCode).toBe(415);
    const json = await t.request({ method: 'POST', url, as: owner, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
  });

  it('lets a viewer download but not upload or delete', async () => {
    const url = `${ws}/contracts/${contractId}/attachments`;
    const denied = await upload(viewer, url, fileForm('a.pdf', 'application/pdf', pdfBytes));
    expect(denied.statusCode).toBe(403);
  });

  it('keeps attachments inside their workspace', async () => {
    const url = `${ws}/contracts/${contractId}/attachments`;
    const created = (await upload(owner, url, fileForm('phu-luc.pdf', 'application/pdf', pdfBytes))).json();
    // Outsider calling the owner's workspace: not a member.
    for (const request of [
      { method: 'GET' as const, url: `${url}/${created.id}` },
      { method: 'DELETE' as const, url: `${url}/${created.id}` },
    ]) {
      expect((await t.request({ ...request, as: outsider })).statusCode).toBe(404);
    }
    expect((await upload(outsider, url, fileForm('x.pdf', 'application/pdf', pdfBytes))).statusCode).toBe(
      404,
    );
    // Outsider naming the owner's contract and attachment inside their own workspace.
    const crossed = `${outsiderWs}/contracts/${contractId}/attachments`;
    expect(
      (await t.request({ method: 'GET', url: `${crossed}/${created.id}`, as: outsider })).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'DELETE', url: `${crossed}/${created.id}`, as: outsider })).statusCode,
    ).toBe(404);
    expect((await upload(outsider, crossed, fileForm('x.pdf', 'application/pdf', pdfBytes))).statusCode).toBe(
      404,
    );
    const still = await t.request({ method: 'GET', url: `${url}/${created.id}`, as: owner });
    expect(still.statusCode).toBe(200);
  });

  it('deletes the stored file with the attachment and audits both', async () => {
    const url = `${ws}/contracts/${contractId}/attachments`;
    const created = (
      await upload(owner, url, fileForm('xoa.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2])))
    ).json();
    const removed = await t.request({ method: 'DELETE', url: `${url}/${created.id}`, as: owner });
    expect(removed.statusCode).toBe(204);
    const folder = path.join(t.services.config.dataDir, 'attachments', workspaceId);
    expect(await readdir(folder)).not.toContain(created.id);
    expect((await t.request({ method: 'GET', url: `${url}/${created.id}`, as: owner })).statusCode).toBe(404);
    const audit = await t.request({ method: 'GET', url: `${ws}/audit-log?limit=50`, as: owner });
    const actions = audit.json().items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['contract.attachment.upload', 'contract.attachment.delete']),
    );
  });
});
