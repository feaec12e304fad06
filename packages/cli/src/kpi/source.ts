import { readFile } from 'node:fs/promises';
import { type CampaignBundle, formatBundleIssue, parseCampaignBundleJson } from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';
import type { KpiCommandOptions } from './options';

type LoadedCampaign = { ok: true; bundle: CampaignBundle } | { ok: false; errors: string[] };

/**
 * Where the command reads a campaign from. Every source yields a validated campaign bundle, the one input
 * format of the KPI summary: a database source (`--campaign <id>`) assembles one from its tables.
 */
export interface KpiSource {
  describe(): string;
  load(): Promise<LoadedCampaign>;
}

function bundleFileSource(path: string): KpiSource {
  return {
    describe: () => path,
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const detail =
          code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
        return { ok: false, errors: [`Cannot read ${path}: ${detail}`] };
      }
      const parsed = parseCampaignBundleJson(text);
      if (parsed.ok) return parsed;
      return {
        ok: false,
        errors: [
          `${path} is not a valid campaign bundle:`,
          ...parsed.issues.map((i) => `  ${formatBundleIssue(i)}`),
        ],
      };
    },
  };
}

/** Sources other than a file, supplied by the caller (the database source is one). */
export interface KpiSourceFactories {
  campaign?: (campaignId: string, range?: KpiRange) => KpiSource;
}

export function resolveKpiSource(
  options: KpiCommandOptions,
  factories: KpiSourceFactories,
): KpiSource | { error: string } {
  if (options.bundlePath !== undefined && options.campaignId !== undefined) {
    return { error: 'give either a bundle file or --campaign, not both' };
  }
  if (options.campaignId !== undefined) {
    if (!factories.campaign)
      return { error: '--campaign needs a database: export the bundle and pass its file' };
    return factories.campaign(options.campaignId, options.range);
  }
  if (options.bundlePath === undefined) return { error: 'missing the bundle file' };
  return bundleFileSource(options.bundlePath);
}
