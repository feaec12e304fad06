export interface RedirectSearch {
  redirect?: string;
}

export interface ResetPasswordSearch {
  token?: string;
  error?: string;
}

const optionalString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export const validateRedirectSearch = (search: Record<string, unknown>): RedirectSearch => ({
  redirect: optionalString(search.redirect),
});

export const validateResetSearch = (search: Record<string, unknown>): ResetPasswordSearch => ({
  token: optionalString(search.token),
  error: optionalString(search.error),
});
