import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import type { FitTargetView } from './fit-api';

/** The campaign's saved target audience in one line, who set it and when, with the way to change it. */
export function FitTargetSummary({ view, onEdit }: { view: FitTargetView; onEdit?: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const target = view.target;
  if (!target) return null;
  const parts = [
    target.ageRange && t('fit.summary.ages', { min: target.ageRange.min, max: target.ageRange.max }),
    target.genders?.length && target.genders.map((gender) => t(`fit.genders.${gender}`)).join(', '),
    target.locations?.length && target.locations.join(', '),
    target.interests?.length && t('fit.summary.interests', { list: target.interests.join(', ') }),
    target.niches?.length && t('fit.summary.niches', { list: target.niches.join(', ') }),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return (
    <div className="mt-3 flex flex-wrap items-start justify-between gap-2 rounded-md bg-zinc-50 px-3 py-2">
      <div className="text-xs text-zinc-600" data-testid="fit-target-summary">
        <span className="font-medium text-zinc-800">{t('fit.summary.title')}: </span>
        {parts.length > 0 ? parts.join(' · ') : t('fit.summary.empty')}
        {view.updatedBy && view.updatedAt && (
          <div className="text-zinc-500">
            {t('fit.summary.updated', { by: view.updatedBy, at: formatDateTime(view.updatedAt, locale) })}
          </div>
        )}
      </div>
      {onEdit && (
        <Button size="sm" variant="secondary" onClick={onEdit} data-testid="fit-target-edit">
          {t('fit.summary.edit')}
        </Button>
      )}
    </div>
  );
}
