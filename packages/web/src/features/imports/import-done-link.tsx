import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/ui/button';
import type { ImportKind } from './import-api';

/** Where to look at what was imported: the creators, the campaign, or the comments. */
export function ImportDoneLink({
  workspaceId,
  kind,
  campaignId,
}: {
  workspaceId: string;
  kind: ImportKind;
  campaignId: string | undefined;
}) {
  const { t } = useTranslation();
  const className = buttonClass('primary', 'sm');
  const label = t(`imports.kinds.${kind}.done`);
  if (kind === 'creators')
    return (
      <Link
        to="/w/$workspaceId/creators"
        params={{ workspaceId }}
        className={className}
        data-testid="import-done"
      >
        {label}
      </Link>
    );
  if (kind === 'comments')
    return (
      <Link
        to="/w/$workspaceId/comments"
        params={{ workspaceId }}
        className={className}
        data-testid="import-done"
      >
        {label}
      </Link>
    );
  if (campaignId)
    return (
      <Link
        to="/w/$workspaceId/campaigns/$campaignId"
        params={{ workspaceId, campaignId }}
        className={className}
        data-testid="import-done"
      >
        {label}
      </Link>
    );
  return (
    <Link
      to="/w/$workspaceId/campaigns"
      params={{ workspaceId }}
      className={className}
      data-testid="import-done"
    >
      {label}
    </Link>
  );
}
