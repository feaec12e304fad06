import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lockDataDir } from './data-dir-lock';
import type { PgliteChildMessage } from './pglite-process';

export interface EmbeddedPglite {
  port: number;
  stop(): Promise<void>;
}

const CHILD_ENTRY = fileURLToPath(new URL('./pglite-process.ts', import.meta.url));
// The child runs TypeScript through tsx's loader, resolved from this package so any working directory works.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts PGlite on `dataDir` in its own process and resolves once it accepts connections. */
export async function spawnPglite(dataDir: string, startTimeoutMs = 60_000): Promise<EmbeddedPglite> {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  const child = fork(CHILD_ENTRY, [dataDir], {
    execArgv: ['--import', TSX_LOADER],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const port = await waitForReady(child, startTimeoutMs);
    return { port, stop: () => stopChild(child).finally(() => lock.release()) };
  } catch (error) {
    lock.release();
    throw error;
  }
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded database did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('message', (message: PgliteChildMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message.port);
      else reject(new Error(`embedded database failed to start: ${message.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded database process exited with code ${code} before it was ready`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send('close');
  });
}
