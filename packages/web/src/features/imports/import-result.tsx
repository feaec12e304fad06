import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { getImport, type ImportKind } from './import-api';
import { RESULT_COUNTS } from './import-kinds';

/** What a finished import did, in the words of its kind. */
export function ImportResult({
  workspaceId,
  importId,
  kind,
}: {
  workspaceId: string;
  importId: string;
  kind: ImportKind;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const status = useQuery({
    queryKey: ['import', workspaceId, importId],
    queryFn: () => getImport(workspaceId, importId),
  });
  const result = status.data?.result;
  if (!result) return null;
  const counts = [...RESULT_COUNTS[kind], 'rejected'].filter((key) => typeof result[key] === 'number');
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm" data-testid="import-result">
      {counts.map((key) => (
        <div key={key} data-testid={`import-result-${key}`}>
          <dt className="text-xs text-zinc-500">
            {t(`imports.result.${kind}.${key}` as 'imports.result.ga4.rejected')}
          </dt>
          <dd
            className={`text-lg font-semibold tabular-nums ${key === 'rejected' && Number(result[key]) > 0 ? 'text-red-700' : 'text-zinc-900'}`}
          >
            {formatNumber(Number(result[key]), locale)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
