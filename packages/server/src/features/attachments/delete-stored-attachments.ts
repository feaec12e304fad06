import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../env';
import { attachmentKey } from '../../storage/attachment-storage';
import { attachmentStorageFor } from '../../storage/storage-for-config';

/**
 * Removes the stored bytes of attachments whose rows are already deleted. A failure is logged, not thrown:
 * the rows are gone, so an orphan file is the worst outcome.
 */
export async function deleteStoredAttachments(
  config: Config,
  workspaceId: string,
  attachments: readonly { id: string }[],
  log: FastifyBaseLogger,
): Promise<void> {
  const storage = attachmentStorageFor(config);
  for (const attachment of attachments) {
    try {
      await storage.delete(attachmentKey(workspaceId, attachment.id));
    } catch (error) {
      log.warn({ err: error, attachmentId: attachment.id }, 'could not delete a stored attachment');
    }
  }
}
