import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MenuContent, MenuItem, MenuLabel, MenuSeparator } from '../../components/ui/menu';
import { useLocale } from '../../i18n/use-locale';
import { cn } from '../../lib/cn';
import { formatDate, formatRelative } from '../../lib/format';
import { useWorkspaceId } from '../workspaces/use-workspace';
import { type AppNotification, listNotifications, markRead, notificationsKey } from './notifications-api';

function BellIcon() {
  return (
    <svg
      viewBox="0 0 20 20"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      aria-hidden="true"
    >
      <path d="M10 2.5a5 5 0 0 0-5 5v2.8l-1.3 2.6a.6.6 0 0 0 .5.9h11.6a.6.6 0 0 0 .5-.9L15 10.3V7.5a5 5 0 0 0-5-5Z" />
      <path d="M8 15.5a2 2 0 0 0 4 0" strokeLinecap="round" />
    </svg>
  );
}

/** Reminders and late alerts (D5) for the signed-in member: unread count, list, mark read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: notificationsKey(workspaceId),
    queryFn: () => listNotifications(workspaceId),
    refetchInterval: 60_000,
  });
  const read = useMutation({
    mutationFn: markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey(workspaceId) }),
  });
  const unread = query.data?.unreadCount ?? 0;
  const open = (n: AppNotification) => {
    if (!n.readAt) read.mutate({ ids: [n.id] });
    const campaignId = n.data.campaignId;
    if (typeof campaignId !== 'string') return;
    void navigate({
      to:
        n.entityType === 'contract'
          ? '/w/$workspaceId/campaigns/$campaignId/contracts'
          : '/w/$workspaceId/campaigns/$campaignId/deliverables',
      params: { workspaceId, campaignId },
    });
  };
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="relative rounded-md p-1.5 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900"
        aria-label={`${t('notifications.bell')}${unread ? ` – ${t('notifications.unread', { count: unread })}` : ''}`}
        data-testid="notification-bell"
      >
        <BellIcon />
        {unread > 0 && (
          <span
            className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white"
            data-testid="notification-count"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </DropdownMenu.Trigger>
      <MenuContent align="end" className="w-80" data-testid="notification-list">
        <MenuLabel>{t('notifications.bell')}</MenuLabel>
        {(query.data?.items ?? []).length === 0 && (
          <p className="px-2 py-3 text-sm text-zinc-500">{t('notifications.empty')}</p>
        )}
        {(query.data?.items ?? []).map((n) => (
          <MenuItem
            key={n.id}
            onSelect={() => open(n)}
            className="items-start"
            data-testid="notification-item"
          >
            <span
              className={cn(
                'mt-1.5 size-2 shrink-0 rounded-full',
                n.readAt ? 'bg-transparent' : 'bg-teal-600',
              )}
            />
            <span className="min-w-0">
              <span className={cn('block text-sm', n.kind === 'deliverable_overdue' && 'text-red-700')}>
                {t(`notifications.kind.${n.kind}`, {
                  title: n.data.title ?? '',
                  campaign: n.data.campaignName ?? '',
                  day: typeof n.data.day === 'string' ? formatDate(n.data.day, locale) : '',
                  label: n.data.label ?? '',
                })}
              </span>
              <span className="block text-xs text-zinc-500">{formatRelative(n.createdAt, locale)}</span>
            </span>
          </MenuItem>
        ))}
        {unread > 0 && (
          <>
            <MenuSeparator />
            <MenuItem
              onSelect={() => read.mutate({ all: true, workspaceId })}
              data-testid="notification-read-all"
            >
              {t('notifications.markAll')}
            </MenuItem>
          </>
        )}
      </MenuContent>
    </DropdownMenu.Root>
  );
}
