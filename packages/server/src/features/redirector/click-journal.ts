import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface Segment {
  file: string;
  fd: number;
}

const SEGMENT = /^clicks-(\d+)-(\d+)\.jsonl$/;

/**
 * Append-only journal of clicks in `<dir>/clicks-<pid>-<seq>.jsonl` segments. A click is written with a blocking
 * write before its 302 leaves, so it is in the kernel's page cache — and survives `kill -9` — before anyone can
 * count the redirect. A segment is deleted once every click in it is in the database.
 */
export class ClickJournal {
  private sequence = 0;
  private current: Segment;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.current = this.open();
  }

  append(line: string): void {
    writeSync(this.current.fd, line);
  }

  /** Starts a new segment and hands back the finished one (closed), whose clicks the caller will store. */
  rotate(): string {
    const finished = this.current;
    this.current = this.open();
    closeSync(finished.fd);
    return finished.file;
  }

  close(): string {
    closeSync(this.current.fd);
    return this.current.file;
  }

  /** Segments left by processes that are gone (crashed or killed), oldest first. */
  orphans(): string[] {
    return readdirSync(this.dir)
      .map((name) => ({ name, match: SEGMENT.exec(name) }))
      .filter(({ match }) => match && Number(match[1]) !== process.pid && !isAlive(Number(match[1])))
      .sort((a, b) => Number(a.match?.[2]) - Number(b.match?.[2]))
      .map(({ name }) => path.join(this.dir, name));
  }

  read(file: string): string {
    return readFileSync(file, 'utf8');
  }

  remove(file: string): void {
    rmSync(file, { force: true });
  }

  private open(): Segment {
    const file = path.join(
      this.dir,
      `clicks-${process.pid}-${Date.now()}${String(this.sequence++).padStart(6, '0')}.jsonl`,
    );
    return { file, fd: openSync(file, 'a') };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
