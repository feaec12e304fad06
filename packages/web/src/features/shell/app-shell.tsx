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
    // The sidebar column runs the full height of the page and its content sticks to the top of the viewport:
    // correct while scrolling and in full-page screenshots (a `position: fixed` sidebar is not).
    <div className="min-h-dvh lg:flex">
      {wide ? (
        <aside className="w-64 shrink-0 border-r border-zinc-200 bg-zinc-50" data-testid="app-sidebar">
          <div className="sticky top-0 h-dvh">
            <SidebarContent />
          </div>
        </aside>
      ) : (
        <MobileTopBar />
      )}
      <div className="min-w-0 flex-1">
        <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
