import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorDetail } from './app-error';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
  requestId: string;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

/** The one place that turns any thrown error into an HTTP answer. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as { validationContext?: string }).validationContext ?? 'body';
    return new AppError(
      'validation_failed',
      'Some fields are invalid',
      error.validation.flatMap((v) => validationDetails(where, v)),
    );
  }
  const fastifyError = error as Partial<FastifyError>;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return new AppError(mapped, fastifyError.message ?? mapped);
  if (fastifyError.statusCode === 404) return new AppError('not_found', 'Not found');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('bad_request', fastifyError.message ?? 'Bad request');
  }
  return new AppError(
    'internal',
    'Something went wrong on our side; the request id identifies it in the server log',
  );
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function validationDetails(where: string, issue: ValidationIssue): ErrorDetail[] {
  const base = [where, ...issue.instancePath.split('/').filter(Boolean)].join('.');
  const unknownKeys = issue.params?.keys;
  if (Array.isArray(unknownKeys)) {
    return unknownKeys.map((key) => ({ path: `${base}.${String(key)}`, message: 'unknown field' }));
  }
  return [{ path: base, message: issue.message ?? 'invalid value' }];
}

function bodyLimitText(request: FastifyRequest): string {
  const bytes = request.routeOptions.bodyLimit;
  if (!bytes) return 'its body limit';
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} bytes`;
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    const context = isResponseSerializationError(error as Error)
      ? 'response did not match its schema'
      : 'unhandled';
    request.log.error({ err: error, context }, 'request failed');
  }
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message:
        appError.code === 'payload_too_large'
          ? `The request body is larger than this route accepts (${bodyLimitText(request)})`
          : appError.message,
      ...(appError.details.length > 0 ? { details: appError.details } : {}),
    },
    requestId: request.id,
  };
  return reply.status(appError.status).send(body);
}
