import { computeBundleKpis, creatorKpiSummary, toBundleKpiSummary } from '@lantoa/core/bundle';
import type { CommandIo } from '../command';
import { openInstallationServices } from '../db/open-services';
import { databaseCampaignSource } from '../kpi/database-source';
import { KPI_USAGE, parseKpiOptions } from '../kpi/options';
import { renderKpiReport } from '../kpi/render-table';
import { type KpiSourceFactories, resolveKpiSource } from '../kpi/source';

const EXIT_OK = 0;
const EXIT_INPUT_ERROR = 2;

/** `lantoa kpi <bundle.json> [--creator <id>] [--json] [--lang vi|en] [--from] [--to]`. */
export async function run(
  args: string[],
  io: CommandIo,
  factories: KpiSourceFactories = { campaign: databaseCampaignSource(openInstallationServices) },
): Promise<number> {
  const fail = (lines: string[]) => {
    io.stderr.write(`${lines.join('\n')}\n`);
    return EXIT_INPUT_ERROR;
  };
  const parsed = parseKpiOptions(args);
  if (!parsed.ok) return fail([parsed.error, '', KPI_USAGE]);
  const { options } = parsed;
  if (options.help) {
    io.stdout.write(`${KPI_USAGE}\n`);
    return EXIT_OK;
  }
  const source = resolveKpiSource(options, factories);
  if ('error' in source) return fail([source.error, '', KPI_USAGE]);
  const loaded = await source.load();
  if (!loaded.ok) return fail(loaded.errors);
  const { bundle } = loaded;
  const kpis = computeBundleKpis(bundle, options.range);
  if (options.creator !== undefined && !kpis.creators.has(options.creator)) {
    const known = [...kpis.creators.keys()].sort().join(', ') || 'none';
    return fail([`Unknown creator "${options.creator}" in ${source.describe()}. Creators: ${known}`]);
  }
  if (options.json) {
    const summary = toBundleKpiSummary(bundle, kpis);
    const output =
      options.creator === undefined ? summary : creatorKpiSummary(bundle, summary, options.creator);
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    io.stdout.write(renderKpiReport(bundle, kpis, options.lang, options.creator));
  }
  return EXIT_OK;
}
