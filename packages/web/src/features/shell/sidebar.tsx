import { Logo } from '../../components/brand/logo';
import { LanguageSwitch } from '../../components/language-switch';
import { NotificationBell } from '../notifications/notification-bell';
import { NavLinks } from './nav-links';
import { UserMenu } from './user-menu';
import { WorkspaceSwitcher } from './workspace-switcher';

export function SidebarContent({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <div className="flex h-full flex-col gap-4 p-3">
      <div className="flex items-center justify-between px-1.5 pt-1">
        <Logo />
        <NotificationBell />
      </div>
      <WorkspaceSwitcher />
      <div className="flex-1 overflow-y-auto">
        <NavLinks onNavigate={onNavigate} />
      </div>
      <div className="space-y-2 border-t border-zinc-200 pt-3">
        <LanguageSwitch className="w-full [&>select]:w-full" />
        <UserMenu />
      </div>
    </div>
  );
}
