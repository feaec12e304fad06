export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  password_required: 401,
  wrong_password: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  /** Where the problem is: `body.email`, `query.limit`, `row 12, column "Followers"`. */
  path: string;
  message: string;
  /**
   * Why, as a code with its values, for clients that say it in the reader's language (the web app's
   * `errors.reasons.<reason>`); `message` stays the English sentence.
   */
  reason?: string;
  values?: Record<string, string | number>;
}

/** The one error type of the API; the error handler maps `code` to its HTTP status. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} not found`);
  }
}
