import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuRoot,
  MenuSeparator,
  MenuTrigger,
} from '../../components/ui/menu';
import { useLocale } from '../../i18n/use-locale';
import { useSignOut } from '../auth/use-sign-out';
import { useMe, useWorkspaceId } from '../workspaces/use-workspace';
import { UserAvatar } from './user-avatar';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const workspaceId = useWorkspaceId();
  const { locale, setLocale } = useLocale();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const openAccount = () => navigate({ to: '/w/$workspaceId/settings/account', params: { workspaceId } });
  return (
    <MenuRoot>
      <MenuTrigger
        data-testid="user-menu"
        aria-label={t('userMenu.label')}
        className="flex min-w-0 items-center gap-2 rounded-lg p-1.5 text-left hover:bg-zinc-100"
      >
        <UserAvatar name={user.name} />
        {!compact && (
          <span className="min-w-0 flex-1">
            <span className="block truncate text-[13px] font-medium text-zinc-900">{user.name}</span>
            <span className="block truncate text-xs text-zinc-500">{user.email}</span>
          </span>
        )}
      </MenuTrigger>
      <MenuContent align={compact ? 'end' : 'start'} side={compact ? 'bottom' : 'top'} className="w-60">
        <MenuLabel className="truncate">{user.email}</MenuLabel>
        <MenuSeparator />
        <MenuLabel>{t('language.label')}</MenuLabel>
        <MenuRadioGroup value={locale} onValueChange={(value) => setLocale(value === 'en' ? 'en' : 'vi')}>
          <MenuRadioItem value="vi" data-testid="menu-language-vi">
            Tiếng Việt
          </MenuRadioItem>
          <MenuRadioItem value="en" data-testid="menu-language-en">
            English
          </MenuRadioItem>
        </MenuRadioGroup>
        <MenuSeparator />
        <MenuItem onSelect={openAccount} data-testid="menu-account">
          {t('userMenu.account')}
        </MenuItem>
        <MenuItem onSelect={openAccount} data-testid="menu-change-password">
          {t('userMenu.changePassword')}
        </MenuItem>
        <MenuSeparator />
        <MenuItem
          onSelect={() => void signOut()}
          data-testid="sign-out"
          className="text-red-700 data-[highlighted]:text-red-800"
        >
          {t('userMenu.signOut')}
        </MenuItem>
      </MenuContent>
    </MenuRoot>
  );
}
