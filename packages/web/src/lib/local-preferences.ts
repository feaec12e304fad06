import type { Locale } from '../api/types';

const LOCALE_KEY = 'lantoa.locale';
const LAST_WORKSPACE_KEY = 'lantoa.lastWorkspaceId';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private mode or storage disabled: preferences simply do not persist.
  }
}

export function storedLocale(): Locale | null {
  const value = read(LOCALE_KEY);
  return value === 'vi' || value === 'en' ? value : null;
}

export const storeLocale = (locale: Locale) => write(LOCALE_KEY, locale);
export const lastWorkspaceId = () => read(LAST_WORKSPACE_KEY);
export const storeLastWorkspaceId = (workspaceId: string | null) => write(LAST_WORKSPACE_KEY, workspaceId);
