import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatNumber, formatRelative } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import {
  revokeSharedReport,
  type SharedReport,
  type SharedReportStatus,
  sharedReportsKey,
} from './reports-api';

const STATUS_TONE: Record<SharedReportStatus, BadgeTone> = {
  active: 'green',
  expired: 'amber',
  revoked: 'neutral',
};

export function SharedReportsTable({
  workspaceId,
  reports,
  canRevoke,
}: {
  workspaceId: string;
  reports: SharedReport[];
  canRevoke: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<SharedReport | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => revokeSharedReport(workspaceId, id),
    onSuccess: () => setRevoking(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sharedReportsKey(workspaceId) }),
  });
  return (
    <>
      <Table data-testid="shared-reports-table">
        <thead>
          <tr>
            <Th>{t('sharedReports.columns.campaign')}</Th>
            <Th>{t('sharedReports.columns.createdBy')}</Th>
            <Th>{t('sharedReports.columns.expires')}</Th>
            <Th>{t('sharedReports.columns.password')}</Th>
            <Th title={t('sharedReports.opensHint')}>{t('sharedReports.columns.opens')}</Th>
            <Th>{t('sharedReports.columns.status')}</Th>
            <Th className="w-0">
              <span className="sr-only">{t('common.actions')}</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <Tr key={report.id} data-testid="shared-report-row" data-status={report.status}>
              <Td>
                <div className="font-medium text-zinc-900">{report.campaignName}</div>
                {report.note && <div className="text-xs text-zinc-500">{report.note}</div>}
              </Td>
              <Td className="whitespace-nowrap text-zinc-600">
                {report.createdBy?.name ?? '—'}
                <div className="text-xs text-zinc-500">{formatDate(report.createdAt, locale)}</div>
              </Td>
              <Td className="whitespace-nowrap text-zinc-600">
                {report.expiresAt ? formatDate(report.expiresAt, locale) : t('sharedReports.never')}
              </Td>
              <Td className="text-zinc-600">
                {report.hasPassword ? t('sharedReports.passwordYes') : t('sharedReports.passwordNo')}
              </Td>
              <Td className="whitespace-nowrap text-zinc-600">
                <span className="tabular-nums" data-testid="shared-report-opens">
                  {formatNumber(report.openCount, locale)}
                </span>
                <div className="text-xs text-zinc-500">
                  {report.lastOpenedAt
                    ? t('sharedReports.lastOpened', { when: formatRelative(report.lastOpenedAt, locale) })
                    : t('sharedReports.notOpened')}
                </div>
              </Td>
              <Td>
                <Badge tone={STATUS_TONE[report.status]}>{t(`sharedReports.status.${report.status}`)}</Badge>
              </Td>
              <Td className="text-right">
                {canRevoke && report.status === 'active' && (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="text-red-700"
                    onClick={() => setRevoking(report)}
                    data-testid="shared-report-revoke"
                  >
                    {t('sharedReports.revoke')}
                  </Button>
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={t('sharedReports.revokeTitle')}
        description={t('sharedReports.revokeDescription', { campaign: revoking?.campaignName ?? '' })}
        confirmLabel={t('sharedReports.revoke')}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        pending={revoke.isPending}
        error={revoke.isError ? errorText(revoke.error) : null}
      />
    </>
  );
}
