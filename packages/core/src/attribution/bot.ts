const BOT_PATTERN =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|facebot|embedly|whatsapp|telegram|zalo-?link|curl|wget|python|httpclient|okhttp|axios|go-http|java\/|headless|lighthouse|pingdom|monitor|scanner|fetch/i;

/** A click from a crawler, link previewer, monitor or script rather than a person; an empty agent counts as a bot. */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.trim().length === 0) return true;
  return BOT_PATTERN.test(userAgent);
}
