import { parseArgs } from 'node:util';
import { insertDemoData } from '@lantoa/server/features/demo/insert-demo-data';
import { createWorkspaceFor } from '@lantoa/server/features/workspaces/create-workspace';
import { closeServices } from '@lantoa/server/runtime';
import type { CommandIo } from '../command';
import { openInstallationServices } from '../db/open-services';
import { findOrCreateUser } from '../demo/find-or-create-user';
import { progressBar } from '../progress-bar';

const HELP = `Usage: lantoa demo [--email EMAIL] [--name NAME] [--workspace NAME]

Creates a workspace filled with realistic Vietnamese demo data (creators, posts, comments, campaigns)
in the database of this installation (DATA_DIR or DATABASE_URL, as for the server).
The owner is the account with EMAIL (default demo@lantoa.local); it is created with a random password,
printed once, when it does not exist. Stop the server first when it uses the embedded database.`;

export async function run(args: string[], io: CommandIo): Promise<number> {
  let options: { email: string; name: string; workspace: string; help: boolean };
  try {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: 'string', default: 'demo@lantoa.local' },
        name: { type: 'string', default: 'Người dùng demo' },
        workspace: { type: 'string', default: 'Lantoa Demo' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    options = values as typeof options;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const services = await openInstallationServices();
  const { config } = services;
  try {
    const owner = await findOrCreateUser(services, options.email, options.name);
    const workspace = await createWorkspaceFor(services.db, owner.actor, options.workspace, null);
    const counts = await insertDemoData(services.db, workspace.id, progressBar(io.stderr));
    io.stdout.write(
      `${[
        `Đã tạo không gian "${workspace.name}" / Created workspace "${workspace.name}" (${workspace.id})`,
        `  ${counts.creators} creators, ${counts.accounts} accounts, ${counts.posts} posts, ${counts.snapshots} snapshots, ${counts.comments} comments, ${counts.campaigns} campaigns`,
        `Đăng nhập / Sign in: ${config.publicUrl} — ${owner.actor.email}`,
        owner.password
          ? `Mật khẩu tạm (chỉ hiện một lần) / Temporary password (shown once): ${owner.password}`
          : '',
      ]
        .filter(Boolean)
        .join('\n')}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`\nlantoa demo failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await closeServices(services);
  }
}
