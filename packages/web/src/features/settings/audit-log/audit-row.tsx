import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { Td, Tr } from '../../../components/ui/table';
import { useLocale } from '../../../i18n/use-locale';
import { formatDateTime } from '../../../lib/format';
import { AuditDiffView } from './audit-diff-view';

export function AuditRow({ entry, timeZone }: { entry: AuditEntry; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${entry.id}`;
  const actorName =
    entry.actor.type === 'system'
      ? t('audit.actor.system')
      : entry.actor.type === 'api_key'
        ? t('audit.actor.apiKey', { name: entry.actor.name ?? '' })
        : (entry.actor.name ?? '—');
  return (
    <Fragment>
      <Tr data-testid="audit-row">
        <Td className="pr-0">
          <button
            type="button"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={open ? t('audit.hideChanges') : t('audit.showChanges')}
            className="rounded p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900"
          >
            <svg
              viewBox="0 0 20 20"
              className={`size-4 transition-transform ${open ? 'rotate-90' : ''}`}
              aria-hidden="true"
            >
              <path
                d="m7.5 5 5 5-5 5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
              />
            </svg>
          </button>
        </Td>
        <Td className="whitespace-nowrap text-zinc-600 tabular-nums">
          {formatDateTime(entry.at, locale, timeZone)}
        </Td>
        <Td className="text-zinc-900">{actorName}</Td>
        <Td>
          <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-800">
            {entry.action}
          </code>
        </Td>
        <Td className="text-zinc-600">
          {entry.entityType}
          {entry.entityId && (
            <span className="ml-1 font-mono text-xs text-zinc-400">{entry.entityId.slice(0, 10)}</span>
          )}
        </Td>
      </Tr>
      {open && (
        <tr id={detailsId}>
          <td colSpan={5} className="border-b border-zinc-100 bg-zinc-50/70 px-4 py-3">
            <AuditDiffView before={entry.before} after={entry.after} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
