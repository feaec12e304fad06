import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** A CLI command: parses its own arguments and returns the process exit code (0 ok, 1 failure, 2 usage/input error). */
export interface CommandModule {
  run(args: string[], io: CommandIo): Promise<number>;
}
