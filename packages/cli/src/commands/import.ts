import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatBundleIssue, parseCampaignBundleJson } from '@lantoa/core/bundle';
import { recordAudit } from '@lantoa/server/audit/record-audit';
import { importCampaignBundle } from '@lantoa/server/features/bundles/import-campaign-bundle';
import type { CommandIo } from '../command';
import { type OpenServices, openInstallationServices, withServices } from '../db/open-services';
import { resolveWorkspace } from '../db/resolve-workspace';
import { isUuid } from '../db/uuid';

const USAGE = `Usage: lantoa import <bundle.json> [--workspace <id>] [--campaign <id>]

Imports a campaign bundle (docs/campaign-bundle.md) into this installation's database (DATABASE_URL, or the
embedded database in DATA_DIR as for the server; stop the server first when it uses the embedded one) and
prints the campaign id. Creators and accounts are matched by platform + handle and created when missing.

Options:
  --workspace <id>  the workspace to import into (needed when the database has more than one)
  --campaign <id>   import into this campaign, replacing what an earlier bundle import wrote there
  -h, --help        show this help`;

const CLI_ACTOR = { type: 'system', id: null, name: 'lantoa import (command line)' } as const;

export async function run(
  args: string[],
  io: CommandIo,
  open: OpenServices = openInstallationServices,
): Promise<number> {
  const fail = (lines: string[], code = 2) => {
    io.stderr.write(`${lines.join('\n')}\n`);
    return code;
  };
  let parsed: ReturnType<typeof parseImportArgs>;
  try {
    parsed = parseImportArgs(args);
  } catch (error) {
    return fail([(error as Error).message, '', USAGE]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0)
    return fail([path ? 'expected one bundle file' : 'missing the bundle file', '', USAGE]);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return fail([
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`,
    ]);
  }
  if (values.campaign !== undefined && !isUuid(values.campaign))
    return fail([`--campaign "${values.campaign}" is not a campaign id (a UUID)`]);
  const bundle = parseCampaignBundleJson(text);
  if (!bundle.ok)
    return fail([
      `${path} is not a valid campaign bundle:`,
      ...bundle.issues.map((i) => `  ${formatBundleIssue(i)}`),
    ]);
  return withServices(open, async ({ db }) => {
    const workspace = await resolveWorkspace(db, values.workspace);
    if (!workspace.ok) return fail([workspace.error]);
    try {
      const result = await db.transaction(async (tx) => {
        const imported = await importCampaignBundle(tx, workspace.id, bundle.bundle, {
          ...(values.campaign === undefined ? {} : { campaignId: values.campaign }),
        });
        await recordAudit(
          tx,
          workspace.id,
          CLI_ACTOR,
          {
            action: 'campaign.import_bundle',
            entityType: 'campaign',
            entityId: imported.campaignId,
            before: null,
            after: { name: bundle.bundle.campaign.name, file: path, ...imported },
          },
          null,
        );
        return imported;
      });
      io.stdout.write(`${result.campaignId}\n`);
      io.stderr.write(
        `${result.createdCampaign ? 'Đã tạo chiến dịch / Created campaign' : 'Đã nhập lại / Re-imported'} "${bundle.bundle.campaign.name}" in ${workspace.name}: ` +
          `${result.creators.total} creators (${result.creators.created} new), ${result.posts.total} posts (${result.posts.created} new), ${result.snapshots} snapshots\n`,
      );
      return 0;
    } catch (error) {
      const details = (error as { details?: { path: string; message: string }[] }).details ?? [];
      return fail(
        [
          `lantoa import failed: ${(error as Error).message}`,
          ...details.map((d) => `  ${d.path}: ${d.message}`),
        ],
        1,
      );
    }
  });
}

function parseImportArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      workspace: { type: 'string' },
      campaign: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
