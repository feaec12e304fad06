import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { Table, Th } from '../../../components/ui/table';
import { AuditRow } from './audit-row';

export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="audit-table">
      <thead>
        <tr>
          <Th className="w-0">
            <span className="sr-only">{t('audit.columns.details')}</span>
          </Th>
          <Th>{t('audit.columns.time')}</Th>
          <Th>{t('audit.columns.actor')}</Th>
          <Th>{t('audit.columns.action')}</Th>
          <Th>{t('audit.columns.entity')}</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <AuditRow key={entry.id} entry={entry} timeZone={timeZone} />
        ))}
      </tbody>
    </Table>
  );
}
