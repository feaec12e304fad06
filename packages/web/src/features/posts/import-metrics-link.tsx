import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/ui/button';

/** To the import page, set for post metrics of this campaign. */
export function ImportMetricsLink({
  workspaceId,
  campaignId,
  size = 'md',
}: {
  workspaceId: string;
  campaignId: string;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Link
      to="/w/$workspaceId/imports"
      params={{ workspaceId }}
      search={{ kind: 'post_metrics', campaignId }}
      className={buttonClass('secondary', size)}
      data-testid="posts-import"
    >
      {t('posts.importMetrics')}
    </Link>
  );
}
