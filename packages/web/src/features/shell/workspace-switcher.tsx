import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../../components/domain/role-badge';
import { CheckIcon, ChevronUpDownIcon, PlusIcon } from '../../components/icons';
import {
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuRoot,
  MenuSeparator,
  MenuTrigger,
} from '../../components/ui/menu';
import { CreateWorkspaceDialog } from '../workspaces/create-workspace-dialog';
import { useMe, useWorkspace } from '../workspaces/use-workspace';
import { WorkspaceAvatar } from './workspace-avatar';

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useWorkspace();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <MenuRoot>
        <MenuTrigger
          data-testid="workspace-switcher"
          aria-label={t('workspace.switcher.label')}
          className="flex w-full items-center gap-2.5 rounded-lg border border-zinc-200 bg-white px-2 py-1.5 text-left shadow-xs hover:bg-zinc-50"
        >
          <WorkspaceAvatar name={current.name} />
          <span className="min-w-0 flex-1">
            <span
              className="block truncate text-[13px] font-semibold text-zinc-900"
              data-testid="current-workspace-name"
            >
              {current.name}
            </span>
            <span className="block truncate text-xs text-zinc-500">{t(`roles.${current.role}`)}</span>
          </span>
          <ChevronUpDownIcon className="size-4 text-zinc-400" />
        </MenuTrigger>
        <MenuContent align="start" className="w-64">
          <MenuLabel>{t('workspace.switcher.heading')}</MenuLabel>
          {me.workspaces.map((workspace) => (
            <MenuItem
              key={workspace.id}
              data-testid={`workspace-option-${workspace.id}`}
              onSelect={() => navigate({ to: '/w/$workspaceId', params: { workspaceId: workspace.id } })}
            >
              <WorkspaceAvatar name={workspace.name} size="sm" />
              <span className="min-w-0 flex-1 truncate">{workspace.name}</span>
              <RoleBadge role={workspace.role} />
              <CheckIcon
                className={workspace.id === current.id ? 'size-4 text-teal-700' : 'size-4 invisible'}
              />
            </MenuItem>
          ))}
          <MenuSeparator />
          <MenuItem onSelect={() => setCreating(true)} data-testid="create-workspace">
            <PlusIcon className="size-4 text-zinc-500" />
            {t('workspace.switcher.create')}
          </MenuItem>
        </MenuContent>
      </MenuRoot>
      <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
