import type { Db } from '@lantoa/db';
import { contractAttachments, contracts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';

export async function assertContract(db: Db, workspaceId: string, contractId: string): Promise<void> {
  const [contract] = await db
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.id, contractId), eq(contracts.workspaceId, workspaceId)));
  if (!contract) throw AppError.notFound('Contract');
}

export async function loadAttachment(db: Db, workspaceId: string, contractId: string, attachmentId: string) {
  const [attachment] = await db
    .select()
    .from(contractAttachments)
    .where(
      and(
        eq(contractAttachments.id, attachmentId),
        eq(contractAttachments.contractId, contractId),
        eq(contractAttachments.workspaceId, workspaceId),
      ),
    );
  if (!attachment) throw AppError.notFound('Attachment');
  return attachment;
}

/** The name without folders or control characters, at most 200 characters; "tep-dinh-kem" when nothing is left. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return cleaned.slice(-200) || 'tep-dinh-kem';
}

/** `attachment` disposition with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'file';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
