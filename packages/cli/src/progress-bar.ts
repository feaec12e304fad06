import type { Writable } from 'node:stream';

/** A one-line text progress bar for long CLI work: `[██████░░░░] 60 % Đang tạo bài đăng…`. */
export function progressBar(out: Writable, width = 24): (percent: number, message: string) => Promise<void> {
  return async (percent, message) => {
    const clamped = Math.max(0, Math.min(100, Math.round(percent)));
    const filled = Math.round((clamped / 100) * width);
    out.write(
      `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(clamped).padStart(3)} % ${message}`.padEnd(
        100,
      ),
    );
    if (clamped === 100) out.write('\n');
  };
}
