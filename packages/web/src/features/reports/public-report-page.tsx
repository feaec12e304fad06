import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../components/brand/logo';
import { LanguageSwitch } from '../../components/language-switch';
import { Alert } from '../../components/ui/alert';
import { LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { isApiError } from '../../lib/api-error';
import { formatDate, formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useErrorText } from '../../lib/use-error-text';
import type { DashboardFilters } from '../dashboard/dashboard-api';
import { DashboardControls } from '../dashboard/dashboard-controls';
import { DashboardView } from '../dashboard/dashboard-view';
import { ReportPasswordForm } from './report-password-form';
import { getPublicReport, type PublicReport } from './reports-api';

function UnavailableReport({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = isApiError(error) ? error.status : 0;
  return (
    <div data-testid="report-unavailable" data-status={status}>
      <Alert tone="warning">
        {status === 410
          ? t('sharedReports.public.expired')
          : status === 404
            ? t('sharedReports.public.notFound')
            : errorText(error)}
      </Alert>
    </div>
  );
}

function ReportHeading({ report }: { report: PublicReport }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <p className="text-xs text-zinc-500" data-testid="report-workspace">
          {t('sharedReports.public.from', { workspace: report.workspace.name })}
        </p>
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900" data-testid="report-campaign">
          {report.campaign.name}
        </h1>
        {report.campaign.brand && <p className="text-sm text-zinc-600">{report.campaign.brand}</p>}
      </div>
      <div className="text-right text-xs text-zinc-500">
        <p data-testid="report-updated">
          {t('sharedReports.public.updatedAt', {
            at: formatDateTime(report.dashboard.generatedAt, locale),
          })}
        </p>
        {report.expiresAt && (
          <p>{t('sharedReports.public.expiresOn', { date: formatDate(report.expiresAt, locale) })}</p>
        )}
      </div>
    </div>
  );
}

/** The read-only campaign report behind `/share/reports/:token`: no login, refreshed while the campaign is live. */
export function PublicReportPage() {
  const { t } = useTranslation();
  const { token } = useParams({ strict: false }) as { token: string };
  const [filters, setFilters] = useState<DashboardFilters>({
    compare: true,
    sort: 'engagements',
    order: 'best',
  });
  const query = useQuery({
    queryKey: ['public-report', token, filters],
    queryFn: () => getPublicReport(token, filters),
    refetchInterval: (current) => {
      const data = current.state.data;
      return data?.kind === 'report' && data.report.dashboard.campaign.status === 'live' ? 30_000 : false;
    },
    placeholderData: (previous) => previous,
    retry: false,
  });
  const data = query.data;
  useDocumentTitle(data?.kind === 'report' ? data.report.campaign.name : t('sharedReports.public.title'));
  return (
    <div className="min-h-screen bg-zinc-50 px-4 py-6">
      <div className="mx-auto max-w-6xl space-y-4">
        <div className="flex items-center justify-between gap-3">
          <Logo />
          <div className="flex items-center gap-3">
            <span className="text-xs text-zinc-500">{t('sharedReports.public.readOnly')}</span>
            <LanguageSwitch />
          </div>
        </div>
        {query.isPending ? (
          <LoadingBlock />
        ) : query.isError ? (
          <UnavailableReport error={query.error} />
        ) : data?.kind === 'locked' ? (
          <ReportPasswordForm token={token} onUnlocked={() => query.refetch()} />
        ) : (
          data && (
            <div className="space-y-4" data-testid="public-report">
              <ReportHeading report={data.report} />
              <DashboardControls filters={filters} dashboard={data.report.dashboard} onChange={setFilters} />
              <DashboardView
                dashboard={data.report.dashboard}
                live={data.report.dashboard.campaign.status === 'live'}
                filters={filters}
                onFiltersChange={setFilters}
              />
            </div>
          )
        )}
      </div>
    </div>
  );
}
