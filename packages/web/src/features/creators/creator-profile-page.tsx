import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { listMembers, membersKey } from '../../api/members';
import { PlatformLabel } from '../../components/domain/platform-label';
import { TierBadge } from '../../components/domain/tier-badge';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { displayHandle, formatMoney, formatNumber } from '../../lib/format';
import { CreatorContracts } from '../contracts/creator-contracts';
import { ProfileShortlists } from '../creator-lists/profile-shortlists';
import { FitCard } from '../fit/fit-card';
import { useWorkspace } from '../workspaces/use-workspace';
import { AccountAudience } from './account-audience';
import { BackgroundChecksPanel } from './background-checks-panel';
import { type CreatorDetail, creatorKey, getCreator } from './creator-api';
import { CreatorStatusBadge, QualityScore, RiskBadge } from './creator-badges';
import type { Audience } from './creator-draft';
import { CreatorHistoryCharts } from './creator-history-charts';
import { canWriteCreators } from './creator-permissions';
import { CreatorStatusControl } from './creator-status-control';
import { DecisionPanel } from './decision-panel';
import { ErBenchmarkCard } from './er-benchmark-card';
import { FollowerSamplePanel } from './follower-sample-panel';
import { PastCampaigns } from './past-campaigns';
import { QualityEvidence } from './quality-evidence';
import { ReliabilityCard } from './reliability-card';
import { RiskEvidence } from './risk-evidence';
import { getVetting, vettingKey } from './vetting-api';

export function CreatorProfilePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { creatorId } = useParams({ strict: false }) as { creatorId: string };
  const query = useQuery({
    queryKey: creatorKey(workspace.id, creatorId),
    queryFn: () => getCreator(workspace.id, creatorId),
  });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const creator = query.data;
  return (
    <div data-testid="creator-profile">
      <Link
        to="/w/$workspaceId/creators"
        params={{ workspaceId: workspace.id }}
        className="mb-2 inline-block text-sm text-teal-700 hover:underline"
      >
        ← {t('creators.profile.back')}
      </Link>
      <PageHeader
        title={creator.name}
        description={[creator.location, creator.niches.join(' · ')].filter(Boolean).join(' — ')}
        actions={
          <div className="flex items-center gap-2">
            {canWriteCreators(workspace.role) && (
              <Link
                to="/w/$workspaceId/creators/$creatorId/edit"
                params={{ workspaceId: workspace.id, creatorId: creator.id }}
                className={buttonClass('secondary', 'sm')}
                data-testid="creator-edit"
              >
                {t('creators.form.edit')}
              </Link>
            )}
            <CreatorStatusControl workspaceId={workspace.id} creator={creator} />
          </div>
        }
      />
      <Summary creator={creator} />
      <Vetting creator={creator} />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Accounts creator={creator} />
        <Contact creator={creator} />
      </div>
    </div>
  );
}

function Vetting({ creator }: { creator: CreatorDetail }) {
  const workspace = useWorkspace();
  const query = useQuery({
    queryKey: vettingKey(workspace.id, creator.id),
    queryFn: () => getVetting(workspace.id, creator.id),
  });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const vetting = query.data;
  return (
    <div className="mt-6 space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <ErBenchmarkCard er={vetting.er} />
        <DecisionPanel creatorId={creator.id} vetting={vetting} />
      </div>
      <ProfileShortlists creatorId={creator.id} />
      <CreatorHistoryCharts creator={creator} vetting={vetting} />
      <QualityEvidence dossier={vetting.dossier} />
      <FollowerSamplePanel creator={creator} />
      <RiskEvidence dossier={vetting.dossier} />
      <FitCard creatorId={creator.id} />
      <div className="grid gap-6 lg:grid-cols-2">
        <BackgroundChecksPanel creatorId={creator.id} />
        <ReliabilityCard reliability={vetting.dossier.reliability} />
      </div>
      <PastCampaigns campaigns={vetting.pastCampaigns} />
      <CreatorContracts creatorId={creator.id} />
    </div>
  );
}

function Summary({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  // The vetting computes quality, risk and ER fresh; the creator row may predate it.
  const vetting = useQuery({
    queryKey: vettingKey(workspace.id, creator.id),
    queryFn: () => getVetting(workspace.id, creator.id),
  }).data;
  const summary = vetting?.dossier.summary;
  const engagementRate = vetting ? vetting.er.value : creator.engagementRate;
  const quality = summary ? summary.qualityScore && Math.round(summary.qualityScore) : creator.qualityScore;
  const riskLevel = summary
    ? summary.riskLevel === 'critical'
      ? 'high'
      : summary.riskLevel
    : creator.riskLevel;
  const items: { label: string; value: React.ReactNode; testId: string }[] = [
    {
      label: t('creators.columns.status'),
      value: <CreatorStatusBadge status={creator.status} />,
      testId: 'status',
    },
    { label: t('creators.columns.tier'), value: <TierBadge tier={creator.tier} />, testId: 'tier' },
    {
      label: t('creators.columns.followers'),
      value: creator.followers === null ? '—' : formatNumber(creator.followers, locale),
      testId: 'followers',
    },
    {
      label: t('creators.columns.er'),
      value:
        engagementRate === null ? '—' : `${formatNumber(Math.round(engagementRate * 100) / 100, locale)} %`,
      testId: 'er',
    },
    {
      label: t('creators.columns.quality'),
      value: <QualityScore score={quality ?? null} />,
      testId: 'quality',
    },
    { label: t('creators.columns.risk'), value: <RiskBadge level={riskLevel} />, testId: 'risk' },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((item) => (
        <div key={item.testId} className="rounded-lg border border-zinc-200 bg-white p-3">
          <dt className="text-xs text-zinc-500">{item.label}</dt>
          <dd className="mt-1 text-base font-semibold text-zinc-900" data-testid={`profile-${item.testId}`}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Accounts({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('creators.profile.accounts')}</h2>
      <Table className="min-w-0!" data-testid="profile-accounts">
        <thead>
          <tr>
            <Th>{t('creators.columns.platforms')}</Th>
            <Th>{t('creators.columns.tier')}</Th>
            <Th className="text-right">{t('creators.columns.followers')}</Th>
          </tr>
        </thead>
        <tbody>
          {creator.accounts.flatMap((account) => [
            <Tr key={account.id} className="[&>td]:border-b-0">
              <Td>
                <div className="flex items-center gap-2">
                  <PlatformLabel platform={account.platform} />
                  {account.url ? (
                    <a
                      className="text-xs text-teal-700 hover:underline"
                      href={account.url}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {displayHandle(account.handle)}
                    </a>
                  ) : (
                    <span className="text-xs text-zinc-500">{displayHandle(account.handle)}</span>
                  )}
                </div>
              </Td>
              <Td>
                <TierBadge tier={account.tier} />
              </Td>
              <Td className="text-right tabular-nums">
                {account.followers === null ? '—' : formatNumber(account.followers, locale)}
              </Td>
            </Tr>,
            <Tr key={`${account.id}-audience`}>
              <Td colSpan={3} className="pt-0" title={t('creators.profile.audience')}>
                <AccountAudience audience={account.audience as Audience | null} />
              </Td>
            </Tr>,
          ])}
        </tbody>
      </Table>
    </section>
  );
}

function Contact({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  const owner = members.data?.items.find((member) => member.userId === creator.ownerUserId);
  const rows: [string, React.ReactNode][] = [
    [t('creators.form.owner'), owner?.name ?? (creator.ownerUserId ? '…' : t('creators.form.noOwner'))],
    [t('creators.profile.email'), creator.email ?? '—'],
    [t('creators.profile.phone'), creator.phone ?? '—'],
    [t('creators.profile.languages'), creator.languages.join(', ') || '—'],
    [t('creators.filters.tag'), creator.tags.join(', ') || '—'],
    [t('creators.profile.bio'), creator.bio ?? '—'],
    [t('creators.profile.notes'), creator.notes ?? '—'],
  ];
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('creators.profile.contact')}</h2>
      <dl className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="grid grid-cols-3 gap-2 px-3 py-2">
            <dt className="text-zinc-500">{label}</dt>
            <dd className="col-span-2 whitespace-pre-line text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-4 mb-2 text-sm font-semibold text-zinc-900">{t('creators.profile.rateCard')}</h2>
      {creator.rateCard.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('creators.profile.noRateCard')}</p>
      ) : (
        <ul
          className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm"
          data-testid="profile-rate-card"
        >
          {creator.rateCard.map((item) => (
            <li key={`${item.platform}-${item.deliverable}`} className="flex justify-between px-3 py-2">
              <span>
                {t(`platforms.${item.platform}`)} · {item.deliverable}
              </span>
              <span className="tabular-nums">{formatMoney(item.amount, creator.currency, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
