import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useWorkspace } from '../workspaces/use-workspace';
import { campaignKey, getCampaign } from './campaign-api';
import { CampaignWizard } from './campaign-wizard';
import { draftFromCampaign, emptyDraft } from './wizard-draft';

export function NewCampaignPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <>
      <Link
        to="/w/$workspaceId/campaigns"
        params={{ workspaceId: workspace.id }}
        className="mb-2 inline-block text-sm text-teal-700 hover:underline"
      >
        ← {t('campaigns.detail.back')}
      </Link>
      <PageHeader title={t('campaigns.wizard.title')} description={t('campaigns.wizard.subtitle')} />
      <CampaignWizard initial={emptyDraft()} />
    </>
  );
}

export function EditCampaignPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  const query = useQuery({
    queryKey: campaignKey(workspace.id, campaignId),
    queryFn: () => getCampaign(workspace.id, campaignId),
  });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  return (
    <>
      <PageHeader title={t('campaigns.wizard.editTitle', { name: query.data.name })} />
      <CampaignWizard initial={draftFromCampaign(query.data)} campaignId={campaignId} />
    </>
  );
}
