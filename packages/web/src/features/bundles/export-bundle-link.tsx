import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/ui/button';
import { bundleDownloadUrl } from './bundle-api';

/** "Xuất gói": downloads the campaign (measurements and plan) as a bundle to import elsewhere. */
export function ExportBundleLink({ workspaceId, campaignId }: { workspaceId: string; campaignId: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={bundleDownloadUrl(workspaceId, campaignId)}
      download
      title={t('bundles.export.hint')}
      className={buttonClass('secondary')}
      data-testid="bundle-export"
    >
      {t('bundles.export.button')}
    </a>
  );
}
