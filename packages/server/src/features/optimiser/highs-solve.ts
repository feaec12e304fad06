import highsLoader from 'highs';

export interface LpSolveOptions {
  /** Stop when the proven gap to the best bound is at most this (0.01 = 1 %); 0 proves optimality. */
  mipRelGap?: number;
  timeLimitSeconds?: number;
}

export interface LpSolveResult {
  status: string;
  /** null when the solver found no solution (infeasible, or stopped before a first one). */
  objective: number | null;
  columns: Record<string, number>;
  seconds: number;
}

let loading: ReturnType<typeof highsLoader> | null = null;

/** Solves a model in CPLEX LP format with HiGHS (WASM). Blocks the calling thread: call it from a worker. */
export async function solveLp(lp: string, options: LpSolveOptions = {}): Promise<LpSolveResult> {
  loading ??= highsLoader();
  const highs = await loading;
  const started = performance.now();
  const solution = highs.solve(lp, {
    mip_rel_gap: options.mipRelGap ?? 1e-4,
    time_limit: options.timeLimitSeconds ?? 10,
    output_flag: false,
  });
  const seconds = (performance.now() - started) / 1000;
  const columns: Record<string, number> = {};
  for (const [name, column] of Object.entries(solution.Columns)) {
    if ('Primal' in column && typeof column.Primal === 'number') columns[name] = column.Primal;
  }
  const hasSolution = Object.keys(columns).length > 0 && solution.Status !== 'Infeasible';
  return {
    status: solution.Status,
    objective: hasSolution ? solution.ObjectiveValue : null,
    columns,
    seconds,
  };
}
