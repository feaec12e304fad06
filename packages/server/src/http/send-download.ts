import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export interface DownloadHeaders {
  contentType: string;
  /** The whole Content-Disposition value, e.g. `attachment; filename="report.csv"`. */
  disposition: string;
  /** More headers (content-length, security headers); cache-control defaults to no-store. */
  headers?: Record<string, string | number>;
}

const answeredByHandler = new WeakSet<FastifyReply>();

/**
 * Answers with a file through `reply.send`, never `reply.hijack()`: the onSend hooks still run, so a download
 * carries the request id and, while the server shuts down, `connection: close` like every other answer.
 */
export function sendDownload(
  reply: FastifyReply,
  download: DownloadHeaders & { body: Buffer | string | Readable },
): void {
  reply
    .status(200)
    .header('content-type', download.contentType)
    .header('content-disposition', download.disposition)
    .header('cache-control', 'no-store');
  for (const [name, value] of Object.entries(download.headers ?? {})) reply.header(name, value);
  answeredByHandler.add(reply);
  void reply.send(download.body);
}

/**
 * Sends a file that `write` produces while it is being sent (large exports stay streamed). A failure after
 * the first bytes can only cut the response short; it is logged.
 */
export async function streamDownload(
  reply: FastifyReply,
  download: DownloadHeaders,
  write: (out: PassThrough) => Promise<void>,
): Promise<void> {
  const out = new PassThrough();
  sendDownload(reply, { ...download, body: out });
  try {
    await write(out);
    if (!out.writableEnded) out.end();
  } catch (error) {
    reply.log.error({ err: error }, 'download failed while streaming');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** True once `sendDownload` answered: the route table must not send a second answer. */
export function wasAnsweredByHandler(reply: FastifyReply): boolean {
  return answeredByHandler.has(reply);
}
