import { scoreAudienceFit } from './audience-fit';
import { scoreAudienceQuality } from './audience-quality';
import { recommend } from './dossier-recommendation';
import type { DossierFlag, VetCreatorInput, VettingDossier } from './dossier-types';
import { assessFollowerSample } from './follower-sample';
import { assessReliability } from './reliability';
import { assessRisk } from './risk-assessment';
import type { RiskLevel } from './risk-rules';

const RISK_SEVERITY: Record<RiskLevel, DossierFlag['severity']> = {
  low: 'info',
  medium: 'warning',
  high: 'alert',
  critical: 'critical',
};

function collectFlags(dossier: Omit<VettingDossier, 'flags' | 'summary'>): DossierFlag[] {
  const flags: DossierFlag[] = [];
  for (const signal of dossier.quality?.signals ?? []) {
    if (signal.status === 'warning' || signal.status === 'alert') {
      flags.push({ area: 'quality', severity: signal.status, code: signal.id, message: signal.explanation });
    }
  }
  for (const component of dossier.fit?.signals ?? []) {
    if (component.status === 'alert') {
      flags.push({ area: 'fit', severity: 'warning', code: component.id, message: component.explanation });
    }
  }
  for (const rule of dossier.risk?.rules ?? []) {
    flags.push({
      area: 'risk',
      severity: RISK_SEVERITY[rule.level],
      code: rule.id,
      message: rule.description,
    });
  }
  const reliability = dossier.reliability;
  if (reliability?.smallSample) {
    flags.push({
      area: 'reliability',
      severity: 'info',
      code: 'small_sample',
      message: reliability.smallSample,
    });
  }
  if (reliability && reliability.counts.missed + reliability.counts.overdue > 0) {
    const count = reliability.counts.missed + reliability.counts.overdue;
    flags.push({
      area: 'reliability',
      severity: 'warning',
      code: 'missed_deliverables',
      message: {
        vi: `${count} hạng mục bị bỏ lỡ hoặc quá hạn chưa đăng.`,
        en: `${count} deliverables missed or overdue.`,
      },
    });
  }
  return flags;
}

/** Combines quality, fit, risk and reliability into one dossier; a section without input is null. */
export function vetCreator(input: VetCreatorInput): VettingDossier {
  const followerSample = input.followerSampleRows ? assessFollowerSample(input.followerSampleRows) : null;
  const qualityInput = input.quality || followerSample ? { ...input.quality } : null;
  if (qualityInput && followerSample) qualityInput.followerSample = followerSample;
  if (qualityInput && qualityInput.followers == null && input.creator.followers != null) {
    qualityInput.followers = input.creator.followers;
  }
  if (qualityInput && !qualityInput.platform && input.creator.platform)
    qualityInput.platform = input.creator.platform;
  const sections = {
    quality: qualityInput ? scoreAudienceQuality(qualityInput) : null,
    fit: input.fit ? scoreAudienceFit(input.fit.audience, input.fit.target) : null,
    risk: input.risk ? assessRisk({ ...input.risk, asOf: input.asOf }) : null,
    reliability: input.deliverables ? assessReliability(input.deliverables, input.asOf) : null,
  };
  const base = {
    kind: 'lantoa.vetting-dossier' as const,
    version: 1 as const,
    creator: input.creator,
    asOf: input.asOf,
    ...sections,
    followerSample,
    notAvailable: (Object.keys(sections) as (keyof typeof sections)[]).filter(
      (key) => sections[key] === null,
    ),
    decisions: [...(input.decisions ?? [])],
  };
  const { recommendation, reasons } = recommend(
    sections.quality,
    sections.fit,
    sections.risk,
    sections.reliability,
  );
  return {
    ...base,
    summary: {
      qualityScore: sections.quality?.score ?? null,
      qualityLevel: sections.quality?.level ?? null,
      qualityConfidence: sections.quality?.confidence ?? null,
      fitScore: sections.fit?.score ?? null,
      riskLevel: sections.risk?.level ?? null,
      reliabilityScore: sections.reliability?.score ?? null,
      onTimeRate: sections.reliability?.onTimeRate ?? null,
      recommendation,
      recommendationReasons: reasons,
    },
    flags: collectFlags(base),
  };
}
