import type { CommandModule } from './command';

const commands: Record<string, () => Promise<CommandModule>> = {
  kpi: () => import('./commands/kpi'),
  sentiment: () => import('./commands/sentiment'),
  demo: () => import('./commands/demo'),
  import: () => import('./commands/import'),
};

function usage(): string {
  return [
    'Usage: lantoa <command> [options]',
    '',
    'Commands:',
    ...Object.keys(commands).map((name) => `  ${name}`),
    '',
    'Run `lantoa <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage()}\n`);
    return 2;
  }
  const command = await load();
  return command.run(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}
