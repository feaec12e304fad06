import type { Db } from '@lantoa/db';
import { accounts, sessions, users, verifications } from '@lantoa/db/schema';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';

export interface AuthOptions {
  db: Db;
  secret: string;
  publicUrl: string;
  mailer: Mailer;
  log: Logger;
}

export const MIN_PASSWORD_LENGTH = 10;

export function createAuth({ db, secret, publicUrl, mailer, log }: AuthOptions) {
  return betterAuth({
    appName: 'Lantoa',
    baseURL: publicUrl,
    basePath: '/api/auth',
    secret,
    trustedOrigins: [publicUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    user: {
      additionalFields: { locale: { type: 'string', required: false, defaultValue: 'vi', input: false } },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Đặt lại mật khẩu Lantoa / Reset your Lantoa password',
          text: `Xin chào ${user.name},\n\nMở liên kết sau để đặt lại mật khẩu (hết hạn sau 1 giờ):\n${url}\n\nHello ${user.name},\n\nOpen this link to reset your password (expires in 1 hour):\n${url}\n`,
          purpose: 'password-reset',
          link: url,
        });
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: true, maxAge: 60 },
    },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: {
      log: (level, message) => {
        if (level === 'error') log.error({ component: 'auth' }, message);
        else log.debug({ component: 'auth' }, message);
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
