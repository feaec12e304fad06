import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useLocale } from '../../i18n/use-locale';
import { storedLocale, storeLastWorkspaceId } from '../../lib/local-preferences';
import { useMediaQuery } from '../../lib/use-media-query';
import { useMe, useWorkspaceId } from '../workspaces/use-workspace';
import { MobileTopBar } from './mobile-nav';
import { SidebarContent } from './sidebar';

export function AppShell() {
  const workspaceId = useWorkspaceId();
  const me = useMe();
  const { locale, setLocale } = useLocale();
  const wide = useMediaQuery('(min-width: 1024px)');

  useEffect(() => {
    storeLastWorkspaceId(workspaceId);
  }, [workspaceId]);

  useEffect(() => {
    if (!storedLocale() && me.user.locale !== locale) setLocale(me.user.locale, { sync: false });
  }, [me.user.locale, locale, setLocale]);

  return (
    <div className="min-h-dvh lg:pl-64">
      {wide ? (
        <aside className="fixed inset-y-0 left-0 w-64 border-r border-zinc-200 bg-zinc-50">
          <SidebarContent />
        </aside>
      ) : (
        <MobileTopBar />
      )}
      <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
        <Outlet />
      </main>
    </div>
  );
}
