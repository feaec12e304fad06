import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

export interface Load {
  /** Mean requests per second over the run. */
  rps: number;
  p50: number;
  p99: number;
  /** Responses with status 302 the client received. */
  redirects: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Overall requests per second (a fixed rate); unset = as fast as the server answers. */
  rate?: number;
  headers?: Record<string, string>;
}

/** Runs autocannon in its own process (so it does not share our event loop) and reads its JSON summary. */
export async function loadTest(url: string, options: LoadOptions): Promise<Load> {
  const args = [AUTOCANNON, '-j', '-c', String(options.connections), '-d', String(options.seconds)];
  if (options.rate) args.push('--overallRate', String(Math.round(options.rate)));
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], {
    maxBuffer: 50 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as {
    latency: { p50: number; p99: number };
    requests: { average: number };
    statusCodeStats?: Record<string, { count: number }>;
  };
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    redirects: result.statusCodeStats?.['302']?.count ?? 0,
  };
}
