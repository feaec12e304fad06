import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './error-text';

/** Turns any thrown value into one sentence for the reader. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const description = describeError(error);
      return description.kind === 'code' ? t(`errors.${description.code}`) : description.message;
    },
    [t],
  );
}
