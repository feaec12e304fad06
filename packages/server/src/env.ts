import path from 'node:path';
import { z } from 'zod';
import type { S3StorageConfig } from './storage/s3-storage';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every setting Lantoa reads from its environment, with its default; README's configuration table mirrors it. */
export const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://lantoa.example.com' }).optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Lantoa <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag.default(false),
  JOBS_IN_PROCESS: booleanFlag.default(true),
  JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  TRUST_PROXY: booleanFlag.default(false),
  WEB_DIST_DIR: z.string().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  SHORT_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a bare host name such as go.example.vn')
    .optional(),
  SENTIMENT_MODEL_PATH: z.string().min(1).optional(),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url({ message: 'must be an absolute URL such as https://s3.example.com' }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
  S3_PREFIX: z.string().default(''),
});

export type Env = z.infer<typeof ZEnv>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  publicUrl: string;
  authSecret: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: Env['LOG_LEVEL'];
  logPretty: boolean;
  jobsInProcess: boolean;
  jobsConcurrency: number;
  authRateLimitPerMinute: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  webDistDir: string;
  shutdownTimeoutMs: number;
  shortDomain: string | undefined;
  sentimentModelPath: string | undefined;
  attachmentMaxBytes: number;
  /** Attachment storage in an S3-compatible bucket; undefined keeps files in `$DATA_DIR/attachments`. */
  s3: S3StorageConfig | undefined;
}

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Validates an environment map; throws an EnvError naming each bad variable and why. */
export function parseEnv(source: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    authSecret: env.AUTH_SECRET,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    logLevel: env.LOG_LEVEL,
    logPretty: env.LOG_PRETTY,
    jobsInProcess: env.JOBS_IN_PROCESS,
    jobsConcurrency: env.JOBS_CONCURRENCY,
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    shortDomain: env.SHORT_DOMAIN?.toLowerCase(),
    sentimentModelPath: env.SENTIMENT_MODEL_PATH ? path.resolve(env.SENTIMENT_MODEL_PATH) : undefined,
    attachmentMaxBytes: env.ATTACHMENT_MAX_BYTES,
    s3: s3Config(env),
  };
}

function s3Config(env: Env): S3StorageConfig | undefined {
  if (!env.S3_BUCKET) return undefined;
  if (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)
    throw new EnvError(
      'Invalid environment configuration:\n  S3_BUCKET is set, so S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are needed too',
    );
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
  };
}

/** The one place that reads `process.env`. */
export function loadEnv(): Config {
  return parseEnv(process.env);
}
