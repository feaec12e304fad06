import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import { RiskBadge } from './creator-badges';
import type { CreatorVetting } from './vetting-api';

const SHOWN_FLAGS = 30;

/** Risk level, the rules that fired and every flag with its excerpt and a link to the post (B4). */
export function RiskEvidence({ dossier }: { dossier: CreatorVetting['dossier'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const risk = dossier.risk;
  const level = dossier.summary.riskLevel;
  return (
    <section data-testid="risk-evidence">
      <div className="mb-2 flex items-center gap-3">
        <h2 className="text-sm font-semibold text-zinc-900">{t('vetting.risk.title')}</h2>
        <RiskBadge level={level === 'critical' ? 'high' : level} />
        {level === 'critical' && (
          <span className="text-xs font-medium text-red-700">{t('vetting.risk.critical')}</span>
        )}
      </div>
      {!risk || risk.rules.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('vetting.risk.none')}</p>
      ) : (
        <>
          <ul className="mb-3 list-disc space-y-1 pl-5 text-sm text-zinc-700">
            {risk.rules.map((rule) => (
              <li key={rule.id}>
                {rule.description[locale]} ({t('vetting.risk.evidence', { count: rule.evidenceCount })})
              </li>
            ))}
          </ul>
          <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm">
            {risk.flags.slice(0, SHOWN_FLAGS).map((flag) => (
              <li
                key={`${flag.source.postId}-${flag.source.commentId ?? ''}-${flag.category}-${flag.term}`}
                className="px-3 py-2"
                data-testid="risk-flag"
              >
                <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                  <span className="font-medium text-zinc-800">{flag.competitor ?? flag.category}</span>
                  <span>«{flag.term}»</span>
                  <span>{t(`vetting.risk.in.${flag.source.kind}`)}</span>
                  {flag.source.publishedAt && <span>{formatDate(flag.source.publishedAt, locale)}</span>}
                  {flag.source.url && (
                    <a
                      className="text-teal-700 hover:underline"
                      href={flag.source.url}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t('vetting.risk.openPost')}
                    </a>
                  )}
                </div>
                <p className="mt-0.5 text-zinc-700">{flag.excerpt}</p>
              </li>
            ))}
          </ul>
          {risk.flags.length > SHOWN_FLAGS && (
            <p className="mt-1 text-xs text-zinc-500">
              {t('vetting.risk.more', { count: risk.flags.length - SHOWN_FLAGS })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
