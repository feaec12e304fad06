import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CampaignsIcon,
  CreatorsIcon,
  HomeIcon,
  LinksIcon,
  ReportsIcon,
  SettingsIcon,
} from '../../components/icons';
import { OpenAlertsBadge } from '../alerts/open-alerts-badge';
import { CalendarIcon } from '../calendar/calendar-icon';
import { CommentsIcon } from '../comments/comments-icon';
import { ImportsIcon } from '../imports/imports-icon';
import { GoalsIcon } from '../north-star/goals-icon';
import { useWorkspaceId } from '../workspaces/use-workspace';

type NavTarget =
  | '/w/$workspaceId'
  | '/w/$workspaceId/creators'
  | '/w/$workspaceId/campaigns'
  | '/w/$workspaceId/goals'
  | '/w/$workspaceId/calendar'
  | '/w/$workspaceId/links'
  | '/w/$workspaceId/comments'
  | '/w/$workspaceId/imports'
  | '/w/$workspaceId/reports'
  | '/w/$workspaceId/settings';

const ITEMS: {
  to: NavTarget;
  key:
    | 'overview'
    | 'creators'
    | 'campaigns'
    | 'goals'
    | 'calendar'
    | 'links'
    | 'comments'
    | 'imports'
    | 'reports'
    | 'settings';
  icon: ReactNode;
}[] = [
  { to: '/w/$workspaceId', key: 'overview', icon: <HomeIcon /> },
  { to: '/w/$workspaceId/creators', key: 'creators', icon: <CreatorsIcon /> },
  { to: '/w/$workspaceId/campaigns', key: 'campaigns', icon: <CampaignsIcon /> },
  { to: '/w/$workspaceId/goals', key: 'goals', icon: <GoalsIcon /> },
  { to: '/w/$workspaceId/calendar', key: 'calendar', icon: <CalendarIcon /> },
  { to: '/w/$workspaceId/links', key: 'links', icon: <LinksIcon /> },
  { to: '/w/$workspaceId/comments', key: 'comments', icon: <CommentsIcon /> },
  { to: '/w/$workspaceId/imports', key: 'imports', icon: <ImportsIcon /> },
  { to: '/w/$workspaceId/reports', key: 'reports', icon: <ReportsIcon /> },
  { to: '/w/$workspaceId/settings', key: 'settings', icon: <SettingsIcon /> },
];

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const workspaceId = useWorkspaceId();
  return (
    <nav aria-label={t('nav.label')} className="space-y-0.5">
      {ITEMS.map((item) => (
        <Link
          key={item.key}
          to={item.to}
          params={{ workspaceId }}
          onClick={onNavigate}
          activeOptions={{ exact: item.key === 'overview' }}
          data-testid={`nav-${item.key}`}
          className="flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-[13px] font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 data-[status=active]:bg-teal-50 data-[status=active]:text-teal-800 [&[data-status=active]_svg]:text-teal-700"
        >
          <span className="text-zinc-400">{item.icon}</span>
          {t(`nav.${item.key}`)}
          {item.key === 'comments' && <OpenAlertsBadge workspaceId={workspaceId} />}
        </Link>
      ))}
    </nav>
  );
}
