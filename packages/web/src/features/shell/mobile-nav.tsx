import * as RadixDialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../components/brand/logo';
import { MenuIcon } from '../../components/icons';
import { NotificationBell } from '../notifications/notification-bell';
import { SidebarContent } from './sidebar';
import { UserMenu } from './user-menu';

/** Top bar for narrow screens; the sidebar opens as a drawer. */
export function MobileTopBar() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center justify-between border-b border-zinc-200 bg-white/95 px-3 backdrop-blur lg:hidden">
      <RadixDialog.Root open={open} onOpenChange={setOpen}>
        <RadixDialog.Trigger
          className="rounded-md p-2 text-zinc-700 hover:bg-zinc-100"
          aria-label={t('nav.open')}
          data-testid="mobile-menu"
        >
          <MenuIcon className="size-5" />
        </RadixDialog.Trigger>
        <RadixDialog.Portal>
          <RadixDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
          <RadixDialog.Content
            aria-describedby={undefined}
            className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] border-r border-zinc-200 bg-zinc-50 shadow-xl focus:outline-none"
          >
            <RadixDialog.Title className="sr-only">{t('nav.label')}</RadixDialog.Title>
            <SidebarContent onNavigate={() => setOpen(false)} />
          </RadixDialog.Content>
        </RadixDialog.Portal>
      </RadixDialog.Root>
      <Logo />
      <div className="flex items-center gap-1">
        <NotificationBell />
        <UserMenu compact />
      </div>
    </header>
  );
}
