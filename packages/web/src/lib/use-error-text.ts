import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type ErrorDescription, REASON_STATUS_VALUES } from './error-text';

/** One sentence for the reader from a described error, statuses among a reason's values named in their words. */
export function errorSentence(t: TFunction, description: ErrorDescription): string {
  if (description.kind === 'code') return t(`errors.${description.code}`);
  if (description.kind === 'message') return description.message;
  const values = { ...description.values };
  const statuses = REASON_STATUS_VALUES[description.reason];
  for (const key of statuses?.keys ?? [])
    if (typeof values[key] === 'string')
      values[key] = t(`${statuses?.prefix}.${values[key]}` as 'campaigns.status.live');
  return t(`errors.reasons.${description.reason}`, values);
}

/** Turns any thrown value into one sentence for the reader. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => errorSentence(t, describeError(error)), [t]);
}
