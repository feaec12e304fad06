import { parentPort } from 'node:worker_threads';
import { type LpSolveOptions, solveLp } from './highs-solve';

/** Worker entry: HiGHS blocks its thread for the whole solve, so it never runs on the server's event loop. */
parentPort?.on('message', async (message: { lp: string; options: LpSolveOptions }) => {
  try {
    parentPort?.postMessage({ ok: true, result: await solveLp(message.lp, message.options) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
