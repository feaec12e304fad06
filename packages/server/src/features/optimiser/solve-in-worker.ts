import { Worker } from 'node:worker_threads';
import type { LpSolveOptions, LpSolveResult } from './highs-solve';

const WORKER_ENTRY = new URL('./mix-worker.ts', import.meta.url).href;
// On Node 20 `execArgv: ['--import', tsx]` does not reach a worker's own entry module, so the worker registers
// tsx's ESM hooks itself before importing the TypeScript entry. Resolved from here so any working directory works.
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_ENTRY)}); })`;

type WorkerReply = { ok: true; result: LpSolveResult } | { ok: false; error: string };

/** Solves one LP-format model with HiGHS in a fresh worker thread, which ends with the solve. */
export function solveInWorker(lp: string, options: LpSolveOptions): Promise<LpSolveResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true });
    const finish = () => void worker.terminate();
    worker.once('message', (reply: WorkerReply) => {
      finish();
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`HiGHS failed: ${reply.error}`));
    });
    worker.once('error', (error) => {
      finish();
      reject(error);
    });
    worker.postMessage({ lp, options });
  });
}
