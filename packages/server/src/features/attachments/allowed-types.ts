/** File types a contract may carry, by MIME type, with the extensions each may have. */
export const ALLOWED_ATTACHMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};

/** Leading bytes of the formats a browser could be tricked into rendering inline if mislabelled. */
const SIGNATURES: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export type AttachmentTypeCheck = { ok: true; contentType: string } | { ok: false; message: string };

/**
 * The content type to store for an upload, or why it is refused. Browsers send some office files as
 * application/octet-stream; those are typed by their extension. A PDF, PNG or JPEG must start like one.
 */
export function checkAttachmentType(fileName: string, declared: string, head: Buffer): AttachmentTypeCheck {
  const extension = extensionOf(fileName);
  const byExtension = Object.entries(ALLOWED_ATTACHMENT_TYPES).find(([, extensions]) =>
    extensions.includes(extension),
  )?.[0];
  const mime = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  const contentType = mime === 'application/octet-stream' || mime === '' ? byExtension : mime;
  const allowedList = Object.values(ALLOWED_ATTACHMENT_TYPES).flat().join(', ');
  if (!contentType || !(contentType in ALLOWED_ATTACHMENT_TYPES))
    return { ok: false, message: `${mime || 'unknown'} files are not accepted; allowed: ${allowedList}` };
  if (!ALLOWED_ATTACHMENT_TYPES[contentType]?.includes(extension))
    return { ok: false, message: `the name "${fileName}" does not match its type ${contentType}` };
  const signature = SIGNATURES[contentType];
  if (signature && !signature.every((byte, i) => head[i] === byte))
    return { ok: false, message: `the file is not a real ${extension.toUpperCase()}` };
  return { ok: true, contentType };
}
