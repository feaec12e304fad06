/** Only same-origin paths are followed after signing in; anything else goes home. */
export function safeRedirect(target: string | undefined | null): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}
