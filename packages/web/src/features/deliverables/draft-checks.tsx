import { useTranslation } from 'react-i18next';
import type { CheckFinding } from './deliverables-api';

/** The caption with the flagged span marked, so the reader sees exactly what a check found. */
function Evidence({ text, finding }: { text: string; finding: CheckFinding }) {
  const { t } = useTranslation();
  const span = finding.evidence;
  if (!span) return null;
  if (span.field !== 'caption' || text.slice(span.start, span.end) !== span.text)
    return (
      <p className="mt-1 text-xs text-zinc-600">
        {t('deliverables.checks.evidence')}: <mark className="rounded bg-amber-100 px-0.5">{span.text}</mark>
      </p>
    );
  const from = Math.max(0, span.start - 40);
  const to = Math.min(text.length, span.end + 40);
  return (
    <p className="mt-1 text-xs text-zinc-600" data-testid="check-evidence">
      {from > 0 && '…'}
      {text.slice(from, span.start)}
      <mark className="rounded bg-amber-100 px-0.5 text-amber-950">{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end, to)}
      {to < text.length && '…'}
    </p>
  );
}

/** Content checks of one draft (D6): missing ad disclosure, claims the brief forbids, near-duplicates. */
export function DraftChecks({ checks, caption }: { checks: CheckFinding[]; caption: string }) {
  const { t } = useTranslation();
  if (checks.length === 0)
    return (
      <p className="text-sm text-emerald-700" data-testid="draft-checks-ok">
        ✓ {t('deliverables.checks.none')}
      </p>
    );
  return (
    <ul className="space-y-2" data-testid="draft-checks">
      {checks.map((finding) => (
        <li
          key={`${finding.code}-${finding.phrase ?? finding.otherDeliverableId ?? ''}`}
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid={`check-${finding.code}`}
        >
          ⚠{' '}
          {finding.code === 'banned_claim'
            ? t('deliverables.checks.banned_claim', {
                phrase: finding.phrase ?? finding.evidence?.text ?? '',
              })
            : finding.code === 'near_duplicate'
              ? t('deliverables.checks.near_duplicate', {
                  percent: Math.round((finding.similarity ?? 0) * 100),
                })
              : t('deliverables.checks.missing_disclosure')}
          <Evidence text={caption} finding={finding} />
        </li>
      ))}
    </ul>
  );
}
