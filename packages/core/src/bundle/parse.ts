import { type BundleIssue, bundleIssuesFromZod, formatJsonPath, withoutDuplicateIssues } from './issues';
import { BUNDLE_SECTIONS, type CampaignBundle, CampaignBundleSchema, EXTENSION_KEY_PATTERN } from './schema';

export type BundleParseResult = { ok: true; bundle: CampaignBundle } | { ok: false; issues: BundleIssue[] };

function unknownTopLevelKeys(data: unknown): BundleIssue[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  return Object.keys(data)
    .filter((key) => !(key in BUNDLE_SECTIONS) && !EXTENSION_KEY_PATTERN.test(key))
    .map((key) => ({ path: formatJsonPath([key]), message: 'unknown field' }));
}

/** Validates parsed JSON as a campaign bundle; every problem comes back with its JSON path. */
export function parseCampaignBundle(data: unknown): BundleParseResult {
  const parsed = CampaignBundleSchema.safeParse(data);
  if (parsed.success) return { ok: true, bundle: parsed.data };
  const issues = [...unknownTopLevelKeys(data), ...bundleIssuesFromZod(parsed.error.issues)];
  return { ok: false, issues: withoutDuplicateIssues(issues) };
}

/** Parses JSON text then validates it; a syntax error is reported as one issue at the root. */
export function parseCampaignBundleJson(text: string): BundleParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '(root)', message: `not valid JSON: ${detail}` }] };
  }
  return parseCampaignBundle(data);
}
