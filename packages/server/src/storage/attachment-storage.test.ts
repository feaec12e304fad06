import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttachmentStorage, attachmentKey } from './attachment-storage';
import { createLocalStorage } from './local-storage';
import { createS3Storage } from './s3-storage';

const WORKSPACE = '0b3f9a52-8c4e-4a8e-9d7c-2f1e6b5a4c3d';
const FILE = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

let folder: string;
let s3: S3rver;
const drivers: { name: string; storage: () => AttachmentStorage }[] = [];
let local: AttachmentStorage;
let remote: AttachmentStorage;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'lantoa-attachments-'));
  local = createLocalStorage(path.join(folder, 'local'));
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(folder, 's3'),
    configureBuckets: [{ name: 'lantoa-test' }],
  });
  const { port } = await s3.run();
  remote = createS3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'lantoa-test',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: 'lantoa/',
  });
});
afterAll(async () => {
  await s3.close();
  await rm(folder, { recursive: true, force: true });
});

drivers.push(
  { name: 'local', storage: () => local },
  { name: 's3 (s3rver in process)', storage: () => remote },
);

describe.each(drivers)('attachment storage: $name', ({ storage }) => {
  const key = attachmentKey(WORKSPACE, FILE);
  const bytes = Buffer.from('%PDF-1.7 hợp đồng mẫu', 'utf8');

  it('gives back exactly the bytes it was given', async () => {
    await storage().put(key, bytes, 'application/pdf');
    const read = await storage().get(key);
    expect(read?.equals(bytes)).toBe(true);
  });

  it('answers null for a key never written and forgets a deleted one', async () => {
    expect(await storage().get(attachmentKey(WORKSPACE, OTHER))).toBeNull();
    await storage().put(key, bytes, 'application/pdf');
    await storage().delete(key);
    expect(await storage().get(key)).toBeNull();
    await expect(storage().delete(key)).resolves.toBeUndefined();
  });

  it('refuses keys that could reach outside the workspace folder', async () => {
    await expect(storage().get('../secrets.json')).rejects.toThrow(/invalid attachment key/);
    await expect(storage().put(`${WORKSPACE}/../x`, bytes, 'text/plain')).rejects.toThrow(
      /invalid attachment key/,
    );
  });
});

describe('local storage layout', () => {
  it('keeps one folder per workspace and leaves no temporary file behind', async () => {
    await local.put(attachmentKey(WORKSPACE, OTHER), Buffer.from('x'), 'text/plain');
    expect(await readdir(path.join(folder, 'local', WORKSPACE))).toEqual([OTHER]);
  });
});
