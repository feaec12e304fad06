import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-error';
import { useErrorText } from './use-error-text';
import { MIN_PASSWORD_LENGTH, type ValidationKey } from './validate';

export type FieldErrors<F extends string> = Partial<Record<F | 'form', string>>;

/** Field-level error messages for a form, from client-side checks or from an API error's details. */
export function useFieldErrors<F extends string>(fields: readonly F[]) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [errors, setErrors] = useState<FieldErrors<F>>({});

  const validate = useCallback(
    (failed: Partial<Record<F, ValidationKey>>): boolean => {
      const messages: FieldErrors<F> = {};
      for (const field of Object.keys(failed) as F[]) {
        const key: ValidationKey | undefined = failed[field];
        if (key) messages[field] = t(`validation.${key}`, { min: MIN_PASSWORD_LENGTH });
      }
      setErrors(messages);
      return Object.keys(messages).length === 0;
    },
    [t],
  );

  const fromError = useCallback(
    (error: unknown, fallbackField = 'form') => {
      const messages: FieldErrors<F> = {};
      if (isApiError(error)) {
        for (const [path, message] of Object.entries(error.fieldErrors())) {
          const field = fields.find((candidate) => candidate === path);
          if (field) messages[field] = message;
        }
      }
      if (Object.keys(messages).length === 0) {
        const fallback = fields.find((candidate) => candidate === fallbackField) ?? 'form';
        messages[fallback] = errorText(error);
      }
      setErrors(messages);
    },
    [errorText, fields],
  );

  const clear = useCallback(() => setErrors({}), []);
  return { errors, validate, fromError, clear };
}
