import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meKey } from '../../../api/me';
import { leaveWorkspace } from '../../../api/members';
import type { Workspace } from '../../../api/types';
import { workspaceKey } from '../../../api/workspaces';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { storeLastWorkspaceId } from '../../../lib/local-preferences';
import { useErrorText } from '../../../lib/use-error-text';
import { Card, Section } from '../section';

export function LeaveWorkspace({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation({
    mutationFn: () => leaveWorkspace(workspace.id),
    onSuccess: async () => {
      storeLastWorkspaceId(null);
      queryClient.removeQueries({ queryKey: workspaceKey(workspace.id) });
      await queryClient.invalidateQueries({ queryKey: meKey });
      await navigate({ to: '/' });
    },
  });
  return (
    <Section title={t('members.leave.title')}>
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-zinc-600">{t('members.leave.description')}</p>
          <Button variant="secondary" onClick={() => setConfirming(true)} data-testid="leave-workspace">
            {t('members.leave.action')}
          </Button>
        </div>
      </Card>
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          leave.reset();
        }}
        title={t('members.leave.confirmTitle', { workspace: workspace.name })}
        description={t('members.leave.confirmDescription')}
        confirmLabel={t('members.leave.action')}
        pending={leave.isPending}
        error={leave.isError ? errorText(leave.error) : null}
        onConfirm={() => leave.mutate()}
      />
    </Section>
  );
}
