import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));

// A bench that fails half-way must not leave servers behind.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface LantoaServer {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** Sends `signal` and resolves when the process has exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** The real server (`packages/server/src/main.ts`) on `port`, embedded database unless `databaseUrl`. */
export async function startLantoa(options: {
  dataDir: string;
  databaseUrl: string | undefined;
  port: number;
}): Promise<LantoaServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      JOBS_IN_PROCESS: 'false',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const baseUrl = `http://127.0.0.1:${options.port}`;
  for (let i = 0; i < 1_200; i++) {
    const ok = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok)
      return {
        child,
        pid: child.pid ?? 0,
        baseUrl,
        stop: async (signal) => {
          child.kill(signal);
          await exited;
        },
      };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('Lantoa did not start');
}
