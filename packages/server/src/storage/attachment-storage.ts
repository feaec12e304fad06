/** Where attachment bytes live; the database keeps only the key and the metadata. */
export interface AttachmentStorage {
  readonly driver: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Keys are `<workspace id>/<attachment id>`, both UUIDs, so a key can never climb out of its folder. */
export function attachmentKey(workspaceId: string, attachmentId: string): string {
  const key = `${workspaceId}/${attachmentId}`;
  assertAttachmentKey(key);
  return key;
}

export function assertAttachmentKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid attachment key: ${key}`);
}
