export interface ApiErrorDetail {
  path: string;
  message: string;
  /** Why, as a code the locale files translate (`errors.reasons.<reason>`), with its values. */
  reason?: string;
  values?: Record<string, string | number>;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  /** Messages keyed by field name, `body.email` → `email` (first message per field wins). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const detail of this.details) {
      const field = detail.path.replace(/^(body|query|params)\./, '');
      if (field && !(field in byField)) byField[field] = detail.message;
    }
    return byField;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseValues(raw: unknown): Record<string, string | number> | undefined {
  if (!isRecord(raw)) return undefined;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw))
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  return values;
}

function parseDetails(raw: unknown): ApiErrorDetail[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    if (!isRecord(item) || typeof item.message !== 'string') return [];
    const detail: ApiErrorDetail = {
      path: typeof item.path === 'string' ? item.path : '',
      message: item.message,
    };
    if (typeof item.reason === 'string') detail.reason = item.reason;
    const values = parseValues(item.values);
    if (values) detail.values = values;
    return [detail];
  });
}

/**
 * Builds an ApiError from a response body. Understands the REST envelope
 * `{ error: { code, message, details }, requestId }` and better-auth's flat `{ code, message }`.
 */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const envelope = isRecord(body) && isRecord(body.error) ? body.error : body;
  const requestId = isRecord(body) && typeof body.requestId === 'string' ? body.requestId : null;
  if (!isRecord(envelope)) return new ApiError(status, `HTTP_${status}`, `HTTP ${status}`, [], requestId);
  const code = typeof envelope.code === 'string' ? envelope.code : `HTTP_${status}`;
  const message = typeof envelope.message === 'string' ? envelope.message : `HTTP ${status}`;
  return new ApiError(status, code, message, parseDetails(envelope.details), requestId);
}
