import { z } from 'zod';
import { type AttributionRules, DEFAULT_ATTRIBUTION_RULES } from './attribute';

export const MAX_ATTRIBUTION_WINDOW_DAYS = 365;

/** A workspace's attribution rules as stored and edited (Settings → Tracking). */
export const AttributionRulesSchema = z.strictObject({
  windowDays: z
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(MAX_ATTRIBUTION_WINDOW_DAYS, `must be at most ${MAX_ATTRIBUTION_WINDOW_DAYS} days`),
  codeBeatsLink: z.boolean(),
});

/** The rules a workspace uses: what it stored, each missing or invalid part taken from the defaults. */
export function attributionRulesFrom(stored: unknown): AttributionRules {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_ATTRIBUTION_RULES };
  const shape = AttributionRulesSchema.shape;
  const { windowDays, codeBeatsLink } = stored as Record<string, unknown>;
  const window = shape.windowDays.safeParse(windowDays);
  const code = shape.codeBeatsLink.safeParse(codeBeatsLink);
  return {
    windowDays: window.success ? window.data : DEFAULT_ATTRIBUTION_RULES.windowDays,
    codeBeatsLink: code.success ? code.data : DEFAULT_ATTRIBUTION_RULES.codeBeatsLink,
  };
}
