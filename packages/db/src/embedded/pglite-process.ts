import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Child-process entry: owns the embedded PGlite database and serves it over the PostgreSQL wire protocol on a
 * loopback port, so the HTTP server's event loop never runs a query itself. Exits when the parent says so or
 * disappears (e.g. `kill -9` of the server).
 */
export type PgliteChildMessage = { type: 'ready'; port: number } | { type: 'error'; message: string };

const dataDir = process.argv[2];
if (!dataDir) throw new Error('pglite-process: data directory argument is required');

function send(message: PgliteChildMessage): void {
  process.send?.(message);
}

async function start(): Promise<void> {
  // pg_trgm backs the trigram index of creator search (migration 0015 creates it when the extension exists).
  const db = await PGlite.create(dataDir as string, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());

  let closing = false;
  const close = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'close') void close();
  });
  process.on('disconnect', () => void close());
  // The parent decides when to stop; a terminal Ctrl+C reaches the whole process group.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => void close());
  send({ type: 'ready', port });
}

start().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
