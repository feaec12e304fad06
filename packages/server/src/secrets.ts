import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ZSecrets = z.object({ authSecret: z.string().min(32), visitorSalt: z.string().min(32) });
export type Secrets = z.infer<typeof ZSecrets>;

/**
 * Secrets are generated on first start and kept in `<dataDir>/secrets.json` (mode 0600) unless given by env,
 * so there is no default secret anywhere.
 */
export function loadOrCreateSecrets(dataDir: string, authSecretFromEnv: string | undefined): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Secrets | undefined;
  try {
    stored = ZSecrets.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`${file} exists but is not valid: ${(error as Error).message}`);
    }
  }
  if (!stored) {
    stored = {
      authSecret: randomBytes(32).toString('base64url'),
      visitorSalt: randomBytes(32).toString('base64url'),
    };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return authSecretFromEnv ? { ...stored, authSecret: authSecretFromEnv } : stored;
}
