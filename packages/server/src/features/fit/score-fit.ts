import { type CreatorAudience, scoreAudienceFit, type TargetAudience } from '@lantoa/core/vetting';
import type { z } from 'zod';
import type { ZFitResult } from './fit-schemas';

export type FitResult = z.infer<typeof ZFitResult>;

/** A creator's audience scored against a target, as the fit route and the dossier show it. */
export function scoreFit(
  audience: CreatorAudience,
  source: string | null,
  target: TargetAudience,
): FitResult {
  const fit = scoreAudienceFit(audience, target);
  return {
    score: fit.score,
    coverage: fit.coverage,
    reasons: fit.signals.map((signal) => ({
      id: signal.id,
      label: signal.label,
      status: signal.status,
      rawValue: signal.rawValue,
      subscore: signal.subscore,
      weight: signal.effectiveWeight,
      maxPoints: signal.maxPoints,
      contribution: signal.contribution,
      evidence: signal.explanation,
      reference: signal.reference?.label ?? null,
    })),
    notAvailable: fit.notAvailable,
    notRequested: fit.notRequested,
    audienceSource: source,
  };
}
