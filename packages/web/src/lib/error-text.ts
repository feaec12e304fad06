import { isApiError } from './api-error';

/** Error codes (REST and better-auth) that have their own sentence in the locale files under `errors.*`. */
const TRANSLATED_ERROR_CODES = [
  'network',
  'unauthenticated',
  'forbidden',
  'not_found',
  'rate_limited',
  'payload_too_large',
  'internal',
  'unavailable',
  'INVALID_EMAIL_OR_PASSWORD',
  'USER_ALREADY_EXISTS',
  'INVALID_EMAIL',
  'INVALID_PASSWORD',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'INVALID_TOKEN',
] as const;

type TranslatedErrorCode = (typeof TRANSLATED_ERROR_CODES)[number];

/**
 * Reasons the API gives in an error's details (`details[].reason`) for refusals worded in the locale files under
 * `errors.reasons.*`; a reason not listed here falls back to the server's English message.
 */
const TRANSLATED_REASONS = [
  'campaign_status_move',
  'campaign_needs_kpi_target',
  'live_campaign_keeps_kpi_target',
  'deliverable_status_move',
  'deliverable_no_new_drafts',
  'deliverable_changed',
  'review_not_waiting',
  'review_comment_required',
  'north_star_exists',
  'short_link_taken',
  'utm_preset_exists',
  'schedule_needs_date',
  'publish_needs_url',
  'owner_not_member',
  'creator_not_assigned',
  'campaign_ends_before_start',
  'file_not_xlsx',
  'csv_unreadable',
  'csv_unreadable_at',
  'file_empty',
] as const;

export type TranslatedReason = (typeof TRANSLATED_REASONS)[number];

/** Values of a reason that are statuses, named through these locale prefixes (`live` → "Đang chạy"). */
export const REASON_STATUS_VALUES: Partial<
  Record<TranslatedReason, { prefix: 'campaigns.status' | 'deliverables.status'; keys: string[] }>
> = {
  campaign_status_move: { prefix: 'campaigns.status', keys: ['from', 'to'] },
  deliverable_status_move: { prefix: 'deliverables.status', keys: ['from', 'to'] },
  deliverable_no_new_drafts: { prefix: 'deliverables.status', keys: ['status'] },
  review_not_waiting: { prefix: 'deliverables.status', keys: ['status'] },
};

/** Codes whose server message is more useful to the reader than a generic sentence. */
const SPECIFIC_CODES = new Set(['bad_request', 'validation_failed', 'conflict']);

export type ErrorDescription =
  | { kind: 'code'; code: TranslatedErrorCode }
  | { kind: 'reason'; reason: TranslatedReason; values: Record<string, string | number> }
  | { kind: 'message'; message: string };

function normaliseCode(code: string, status: number): string {
  if (code === 'NETWORK_ERROR' || status === 0) return 'network';
  if (code.startsWith('USER_ALREADY_EXISTS')) return 'USER_ALREADY_EXISTS';
  if (status === 429) return 'rate_limited';
  return code;
}

/** Decides how an error should read: a translated sentence for a known code, else the server's own message. */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error)) return { kind: 'code', code: 'internal' };
  const code = normaliseCode(error.code, error.status);
  const known = TRANSLATED_ERROR_CODES.find((candidate) => candidate === code);
  if (known && !SPECIFIC_CODES.has(code)) return { kind: 'code', code: known };
  for (const detail of error.details) {
    const reason = TRANSLATED_REASONS.find((candidate) => candidate === detail.reason);
    if (reason) return { kind: 'reason', reason, values: detail.values ?? {} };
  }
  if (error.message) return { kind: 'message', message: error.message };
  return { kind: 'code', code: 'internal' };
}
