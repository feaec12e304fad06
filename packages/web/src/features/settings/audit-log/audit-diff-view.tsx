import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import { diffRecords, formatDiffValue } from './audit-diff';

export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffRecords(before, after);
  return (
    <table className="w-full text-xs" data-testid="audit-diff">
      <thead>
        <tr className="text-left text-zinc-500">
          <th className="w-1/5 py-1 pr-3 font-medium">{t('audit.diff.field')}</th>
          <th className="w-2/5 py-1 pr-3 font-medium">{t('audit.diff.before')}</th>
          <th className="w-2/5 py-1 font-medium">{t('audit.diff.after')}</th>
        </tr>
      </thead>
      <tbody className="font-mono">
        {rows.map((row) => (
          <tr key={row.key || 'value'} className={cn(!row.changed && 'text-zinc-400')}>
            <td className="py-1 pr-3 align-top font-sans font-medium text-zinc-700">
              {row.key || t('audit.diff.value')}
            </td>
            <td
              className={cn(
                'py-1 pr-3 align-top break-all',
                row.changed &&
                  row.before !== undefined &&
                  row.before !== null &&
                  'text-red-700 line-through decoration-red-300',
              )}
            >
              {formatDiffValue(row.before)}
            </td>
            <td
              className={cn(
                'py-1 align-top break-all',
                row.changed && row.after !== undefined && row.after !== null && 'text-emerald-700',
              )}
            >
              {formatDiffValue(row.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
