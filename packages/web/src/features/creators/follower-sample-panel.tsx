import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlatformLabel } from '../../components/domain/platform-label';
import { Button } from '../../components/ui/button';
import { NativeSelect } from '../../components/ui/input';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { displayHandle, formatDateTime, formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import type { CreatorDetail } from './creator-api';
import { canWriteCreators } from './creator-permissions';
import {
  type FollowerSample,
  followerSamplesKey,
  listFollowerSamples,
  uploadFollowerSample,
} from './follower-sample-api';
import { vettingKey } from './vetting-api';

/** The classifier's documentation (data, features, held-out metrics, licence), in the repository. */
const MODEL_CARD = 'docs/models/fake-follower-model-card.md';

const percent = (share: number | null, locale: 'vi' | 'en') =>
  share === null ? '—' : `${formatNumber(Math.round(share * 1000) / 10, locale)} %`;

/** Upload a follower sample per account and read its result: suspicious, mass and estimated fake followers (B2). */
export function FollowerSamplePanel({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  // The sample feeds the quality score of the primary (largest) account first, so offer that one.
  const primary = [...creator.accounts].sort((a, b) => (b.followers ?? -1) - (a.followers ?? -1))[0];
  const [accountId, setAccountId] = useState(primary?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const samples = useQuery({
    queryKey: followerSamplesKey(workspace.id, creator.id),
    queryFn: () => listFollowerSamples(workspace.id, creator.id),
  });
  const upload = useMutation({
    mutationFn: () => {
      if (!file) throw new Error('no file');
      return uploadFollowerSample(workspace.id, creator.id, accountId, file);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: followerSamplesKey(workspace.id, creator.id) }),
        queryClient.invalidateQueries({ queryKey: vettingKey(workspace.id, creator.id) }),
      ]),
  });
  const latest = samples.data?.items[0] ?? null;
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="follower-sample">
      <h2 className="text-sm font-semibold text-zinc-900">{t('followerSample.title')}</h2>
      <p className="mt-1 text-xs text-zinc-500">{t('followerSample.hint')}</p>
      {canWriteCreators(workspace.role) && (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            upload.mutate();
          }}
        >
          <label className="text-xs text-zinc-600" htmlFor="follower-sample-account">
            {t('followerSample.account')}
            <NativeSelect
              id="follower-sample-account"
              value={accountId}
              onChange={(event) => setAccountId(event.target.value)}
              data-testid="follower-sample-account"
            >
              {creator.accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {t(`platforms.${account.platform}`)} · {displayHandle(account.handle)}
                </option>
              ))}
            </NativeSelect>
          </label>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv"
            className="text-xs"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="follower-sample-file"
          />
          <Button
            type="submit"
            size="sm"
            disabled={!file || !accountId}
            loading={upload.isPending}
            data-testid="follower-sample-upload"
          >
            {t('followerSample.upload')}
          </Button>
        </form>
      )}
      {upload.isError && (
        <p className="mt-2 text-xs text-red-600" data-testid="follower-sample-error">
          {errorText(upload.error)}
        </p>
      )}
      {latest ? (
        <SampleResult sample={latest} creator={creator} />
      ) : (
        samples.isSuccess && <p className="mt-3 text-sm text-zinc-500">{t('followerSample.none')}</p>
      )}
    </section>
  );
}

function SampleResult({ sample, creator }: { sample: FollowerSample; creator: CreatorDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { summary } = sample;
  const account = creator.accounts.find((candidate) => candidate.id === sample.accountId);
  const fake = summary.fakeEstimate;
  const stats: { key: string; label: string; value: string; detail?: string }[] = [
    {
      key: 'fake',
      label: t('followerSample.fake'),
      value: fake ? percent(fake.estimatedShare, locale) : '—',
      detail: fake
        ? t('followerSample.interval', {
            low: percent(fake.interval.low, locale),
            high: percent(fake.interval.high, locale),
          })
        : t('followerSample.notScored'),
    },
    {
      key: 'suspicious',
      label: t('followerSample.suspicious'),
      value: percent(summary.suspicious.share, locale),
      detail: `${summary.suspicious.count}/${summary.suspicious.of}`,
    },
    {
      key: 'mass',
      label: t('followerSample.mass'),
      value: percent(summary.massFollowers.share, locale),
      detail: `${summary.massFollowers.count}/${summary.massFollowers.of}`,
    },
  ];
  return (
    <div className="mt-4 space-y-3">
      <p className="text-xs text-zinc-600" data-testid="follower-sample-meta">
        {account && <PlatformLabel platform={account.platform} />}{' '}
        {t('followerSample.meta', {
          valid: formatNumber(summary.rowsValid, locale),
          received: formatNumber(summary.rowsReceived, locale),
          file: sample.fileName,
          by: sample.uploadedByName,
          at: formatDateTime(sample.createdAt, locale),
        })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-3">
        {stats.map((stat) => (
          <div
            key={stat.key}
            className="rounded-md border border-zinc-100 bg-zinc-50 p-3"
            title={fake?.method[locale]}
          >
            <dt className="text-xs text-zinc-500">{stat.label}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-testid={`follower-sample-${stat.key}`}>
              {stat.value}
            </dd>
            {stat.detail && <dd className="text-xs text-zinc-500">{stat.detail}</dd>}
          </div>
        ))}
      </dl>
      {fake && (
        <p className="text-xs text-zinc-500" data-testid="follower-sample-model">
          {t('followerSample.model', {
            sensitivity: percent(fake.classifier.sensitivity, locale),
            specificity: percent(fake.classifier.specificity, locale),
            threshold: formatNumber(fake.classifier.threshold, locale),
          })}{' '}
          <code className="text-[11px]">{MODEL_CARD}</code>
        </p>
      )}
      {summary.problemCount > 0 && (
        <div>
          <p className="mb-1 text-xs font-medium text-amber-700">
            {t('followerSample.problems', { count: summary.problemCount })}
          </p>
          <Table data-testid="follower-sample-problems">
            <thead>
              <tr>
                <Th>{t('followerSample.row')}</Th>
                <Th>{t('followerSample.column')}</Th>
                <Th>{t('followerSample.value')}</Th>
                <Th>{t('followerSample.reason')}</Th>
              </tr>
            </thead>
            <tbody>
              {summary.problems.slice(0, 20).map((problem) => (
                <Tr key={`${problem.row}-${problem.column}`}>
                  <Td className="tabular-nums">{problem.row}</Td>
                  <Td>{problem.column}</Td>
                  <Td>{problem.value}</Td>
                  <Td>{problem.message[locale]}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </div>
  );
}
