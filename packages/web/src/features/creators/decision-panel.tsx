import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { canWriteCreators } from './creator-permissions';
import { type CreatorVetting, type Decision, decide, dossierUrl, vettingKey } from './vetting-api';

/** Recommendation, the decision history and the approve / reject form with a reason (B5); dossier downloads. */
export function DecisionPanel({ creatorId, vetting }: { creatorId: string; vetting: CreatorVetting }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: (decision: Decision['decision']) => decide(workspace.id, creatorId, decision, reason),
    onSuccess: () => {
      setReason('');
      return queryClient.invalidateQueries({ queryKey: vettingKey(workspace.id, creatorId) });
    },
  });
  const { summary } = vetting.dossier;
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="decision-panel">
      <h2 className="text-sm font-semibold text-zinc-900">{t('vetting.decision.title')}</h2>
      <p className="mt-2 text-sm" data-testid="recommendation">
        {t('vetting.decision.recommendation')}:{' '}
        <strong>{t(`vetting.decision.recommend.${summary.recommendation}`)}</strong>
      </p>
      <ul className="mt-1 list-disc pl-5 text-xs text-zinc-600">
        {summary.recommendationReasons.map((reasonText) => (
          <li key={reasonText.en}>{reasonText[locale]}</li>
        ))}
      </ul>
      {vetting.decisions.length > 0 && (
        <ol className="mt-3 space-y-1 text-sm" data-testid="decision-history">
          {vetting.decisions.map((decision) => (
            <li key={decision.id}>
              <strong>{t(`vetting.decision.kinds.${decision.decision}`)}</strong> — {decision.note} ·{' '}
              <span className="text-xs text-zinc-500">
                {decision.byName}, {formatDateTime(decision.at, locale)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {canWriteCreators(workspace.role) && (
        <form className="mt-3 space-y-2" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="decision-reason" className="block text-xs font-medium text-zinc-600">
            {t('vetting.decision.reason')}
          </label>
          <Input
            id="decision-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('vetting.decision.reasonPlaceholder')}
            data-testid="decision-reason"
          />
          {mutation.isError && <p className="text-xs text-red-600">{errorText(mutation.error)}</p>}
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              disabled={reason.trim().length < 3}
              loading={mutation.isPending && mutation.variables === 'approved'}
              onClick={() => mutation.mutate('approved')}
              data-testid="decision-approve"
            >
              {t('vetting.decision.approve')}
            </Button>
            <Button
              type="button"
              variant="danger"
              disabled={reason.trim().length < 3}
              loading={mutation.isPending && mutation.variables === 'rejected'}
              onClick={() => mutation.mutate('rejected')}
              data-testid="decision-reject"
            >
              {t('vetting.decision.reject')}
            </Button>
          </div>
        </form>
      )}
      <div className="mt-4 flex flex-wrap gap-2 border-t border-zinc-100 pt-3">
        <a
          className={buttonClass('secondary', 'sm')}
          href={dossierUrl(workspace.id, creatorId, 'pdf')}
          data-testid="dossier-pdf"
        >
          {t('vetting.dossier.pdf')}
        </a>
        <a
          className={buttonClass('secondary', 'sm')}
          href={dossierUrl(workspace.id, creatorId, 'xlsx')}
          data-testid="dossier-xlsx"
        >
          {t('vetting.dossier.xlsx')}
        </a>
      </div>
    </section>
  );
}
