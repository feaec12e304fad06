import path from 'node:path';
import type { Config } from '../env';
import type { AttachmentStorage } from './attachment-storage';
import { createLocalStorage } from './local-storage';
import { createS3Storage } from './s3-storage';

const built = new WeakMap<Config, AttachmentStorage>();

/** S3-compatible storage when `S3_BUCKET` is configured, otherwise files in `$DATA_DIR/attachments`; one per config. */
export function attachmentStorageFor(config: Config): AttachmentStorage {
  const existing = built.get(config);
  if (existing) return existing;
  const storage = config.s3
    ? createS3Storage(config.s3)
    : createLocalStorage(path.join(config.dataDir, 'attachments'));
  built.set(config, storage);
  return storage;
}
