import type { AudienceFitResult, CreatorAudience, TargetAudience } from './audience-fit';
import type { AudienceQualityInput, AudienceQualityResult, QualityLevel } from './audience-quality';
import type { FollowerSampleAssessment } from './follower-sample';
import type { LocalizedText } from './localized';
import type { DeliverableRecord, ReliabilityResult } from './reliability';
import type { RiskAssessment, RiskInput } from './risk-assessment';
import type { RiskLevel } from './risk-rules';

export interface VettingDecision {
  decision: 'approved' | 'rejected' | 'needs_review';
  by: string;
  at: string;
  note?: string;
}

export interface VetCreatorInput {
  creator: {
    id: string;
    name?: string;
    platform?: string;
    handle?: string;
    followers?: number | null;
    tier?: string;
  };
  /** The date the dossier is for (ISO). */
  asOf: string;
  quality?: AudienceQualityInput | null;
  /** Raw follower-sample rows; assessed here and fed into the quality score. */
  followerSampleRows?: readonly Readonly<Record<string, unknown>>[] | null;
  fit?: { audience: CreatorAudience; target: TargetAudience } | null;
  risk?: Omit<RiskInput, 'asOf'> | null;
  deliverables?: readonly DeliverableRecord[] | null;
  decisions?: readonly VettingDecision[] | null;
}

export type Recommendation = 'proceed' | 'review' | 'avoid';

export interface DossierFlag {
  area: 'quality' | 'fit' | 'risk' | 'reliability';
  severity: 'info' | 'warning' | 'alert' | 'critical';
  code: string;
  message: LocalizedText;
}

export interface VettingSummary {
  qualityScore: number | null;
  qualityLevel: QualityLevel | null;
  qualityConfidence: AudienceQualityResult['confidence'] | null;
  fitScore: number | null;
  riskLevel: RiskLevel | null;
  reliabilityScore: number | null;
  onTimeRate: number | null;
  recommendation: Recommendation;
  recommendationReasons: LocalizedText[];
}

/** The vetting dossier (B5): pure data, ready to render as PDF/XLSX or return from the API. */
export interface VettingDossier {
  kind: 'lantoa.vetting-dossier';
  version: 1;
  creator: VetCreatorInput['creator'];
  asOf: string;
  summary: VettingSummary;
  quality: AudienceQualityResult | null;
  followerSample: FollowerSampleAssessment | null;
  fit: AudienceFitResult | null;
  risk: RiskAssessment | null;
  reliability: ReliabilityResult | null;
  flags: DossierFlag[];
  /** Sections with no input at all. */
  notAvailable: ('quality' | 'fit' | 'risk' | 'reliability')[];
  decisions: VettingDecision[];
}
