import { parseArgs } from 'node:util';
import { parseRangeBound } from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';

export type Language = 'vi' | 'en';

export interface KpiCommandOptions {
  bundlePath?: string;
  campaignId?: string;
  creator?: string;
  json: boolean;
  lang: Language;
  range?: KpiRange;
  help: boolean;
}

export type OptionsResult = { ok: true; options: KpiCommandOptions } | { ok: false; error: string };

export const KPI_USAGE = [
  'Usage: lantoa kpi <bundle.json> [--creator <id>] [--json] [--lang vi|en] [--from <date>] [--to <date>]',
  '       lantoa kpi --campaign <id> [same options]',
  '',
  'Computes every KPI of a campaign bundle (docs/campaign-bundle.md), or of a campaign in this',
  "installation's database (DATABASE_URL or DATA_DIR, as for the server; docs/kpis-from-database.md).",
  '',
  'Options:',
  '  --creator <id>   only this creator',
  '  --json           print the KPI summary as JSON (the shape of kpi-example.expected.json)',
  '  --lang vi|en     language of the table (default vi)',
  '  --from <date>    count posts published from this date (YYYY-MM-DD, local day in UTC+07:00, or ISO date-time)',
  '  --to <date>      count posts and snapshots up to the end of this date',
  '  --campaign <id>  read the campaign from the database instead of a file',
  '  -h, --help       show this help',
].join('\n');

function parseBound(text: string | undefined, side: 'from' | 'to'): number | undefined | Error {
  if (text === undefined) return undefined;
  const at = parseRangeBound(text, side);
  return at === undefined
    ? new Error(`--${side} "${text}" is not a date (YYYY-MM-DD) or an ISO date-time with offset`)
    : at;
}

export function parseKpiOptions(args: string[]): OptionsResult {
  let parsed: ReturnType<typeof parseArgsStrict>;
  try {
    parsed = parseArgsStrict(args);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en')
    return { ok: false, error: `--lang must be "vi" or "en", not "${lang}"` };
  if (positionals.length > 1)
    return { ok: false, error: `expected one bundle file, got ${positionals.length}` };
  const from = parseBound(values.from, 'from');
  const to = parseBound(values.to, 'to');
  if (from instanceof Error) return { ok: false, error: from.message };
  if (to instanceof Error) return { ok: false, error: to.message };
  if (from !== undefined && to !== undefined && to < from)
    return { ok: false, error: '--to is before --from' };
  const options: KpiCommandOptions = { json: values.json ?? false, lang, help: values.help ?? false };
  if (positionals[0] !== undefined) options.bundlePath = positionals[0];
  if (values.campaign !== undefined) options.campaignId = values.campaign;
  if (values.creator !== undefined) options.creator = values.creator;
  if (from !== undefined || to !== undefined) options.range = { from, to };
  return { ok: true, options };
}

function parseArgsStrict(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      creator: { type: 'string' },
      campaign: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
