import pino, { type Logger } from 'pino';
import type { Config } from './env';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'lantoa' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'password', 'newPassword', 'currentPassword'],
    ...(config.logPretty ? { transport: { target: 'pino-pretty' } } : {}),
  });
}
