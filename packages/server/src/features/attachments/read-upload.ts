import { createHash } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error';
import { sendDownload } from '../../http/send-download';
import { checkAttachmentType } from './allowed-types';
import { cleanFileName, contentDisposition } from './load-attachment';

async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ file: MultipartFile; bytes: Buffer }> {
  if (!request.isMultipart())
    throw new AppError(
      'unsupported_media_type',
      'Send the file as multipart/form-data in a field named "file"',
    );
  const file = await request.file();
  if (!file)
    throw new AppError('bad_request', 'No file was sent', [{ path: 'body.file', message: 'required' }]);
  try {
    return { file, bytes: await file.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'payload_too_large',
        `The file is larger than the ${(maxBytes / 1024 / 1024).toFixed(1)} MB allowed per attachment`,
        [{ path: 'body.file', message: `at most ${maxBytes} bytes` }],
      );
    throw error;
  }
}

export interface CheckedUpload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sizeBytes: number;
  sha256: string;
}

/** The one uploaded file, named safely and typed by the allow-list; refused (413/415/400) otherwise. */
export async function readCheckedUpload(request: FastifyRequest, maxBytes: number): Promise<CheckedUpload> {
  const { file, bytes } = await readUpload(request, maxBytes);
  const fileName = cleanFileName(file.filename);
  const type = checkAttachmentType(fileName, file.mimetype, bytes.subarray(0, 8));
  if (!type.ok)
    throw new AppError('unsupported_media_type', type.message, [
      { path: 'body.file', message: type.message },
    ]);
  if (bytes.length === 0)
    throw new AppError('bad_request', 'The file is empty', [{ path: 'body.file', message: 'empty file' }]);
  return {
    fileName,
    contentType: type.contentType,
    bytes,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** A stored file as a download that a browser never renders inline. */
export function sendStoredAttachment(
  reply: FastifyReply,
  attachment: { fileName: string; contentType: string },
  bytes: Buffer | null,
): void {
  if (!bytes)
    throw new AppError('not_found', 'The attachment is listed but its file is missing from storage');
  sendDownload(reply, {
    contentType: attachment.contentType,
    disposition: contentDisposition(attachment.fileName),
    headers: {
      'content-length': bytes.length,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    },
    body: bytes,
  });
}
