import { type CampaignBundle, parseCampaignBundle } from '@lantoa/core/bundle';
import { z } from 'zod';
import { AppError } from '../../http/app-error';

/** The request body is validated by the bundle's own parser, which names every problem by its JSON path. */
export const ZBundleBody = z.unknown().meta({
  description:
    'A campaign bundle (docs/campaign-bundle.md): campaign, accounts, posts with snapshots, costs, conversions and ' +
    'campaign-level signals, plus optional planning data in `plan`. Problems come back as `body.<JSON path>`.',
});

export function bodyPath(path: string): string {
  if (path === '(root)') return 'body';
  return path.startsWith('[') ? `body${path}` : `body.${path}`;
}

export function parseBundleBody(body: unknown): CampaignBundle {
  const parsed = parseCampaignBundle(body);
  if (parsed.ok) return parsed.bundle;
  throw new AppError(
    'validation_failed',
    `The campaign bundle has ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}`,
    parsed.issues.map((issue) => ({ path: bodyPath(issue.path), message: issue.message })),
  );
}
