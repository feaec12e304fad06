import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  changeStatus,
  type DeliverableDetail,
  type DeliverableStatus,
  deliverablesKey,
} from './deliverables-api';
import { isoToLocalInput, localInputToIso } from './local-datetime';

/** One button per allowed next status; scheduling asks for the time, publishing for the live post URL. */
export function StatusActions({ deliverable }: { deliverable: DeliverableDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const tz = workspace.settings.timezone;
  const [asking, setAsking] = useState<DeliverableStatus | null>(null);
  const [liveUrl, setLiveUrl] = useState('');
  const [when, setWhen] = useState(isoToLocalInput(deliverable.scheduledAt ?? deliverable.dueAt, tz));
  const move = useMutation({
    mutationFn: (status: DeliverableStatus) =>
      changeStatus(workspace.id, deliverable.id, {
        status,
        liveUrl: status === 'published' ? liveUrl : null,
        scheduledAt: status === 'scheduled' ? localInputToIso(when, tz) : null,
      }),
    onSuccess: async () => {
      setAsking(null);
      await queryClient.invalidateQueries({ queryKey: deliverablesKey(workspace.id) });
    },
  });
  const start = (status: DeliverableStatus) =>
    status === 'published' || status === 'scheduled' ? setAsking(status) : move.mutate(status);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {deliverable.nextStatuses.map((status) => (
          <Button
            key={status}
            size="sm"
            variant={status === 'approved' || status === 'published' ? 'primary' : 'secondary'}
            onClick={() => start(status)}
            loading={move.isPending && move.variables === status}
            data-testid={`status-action-${status}`}
          >
            {t(`deliverables.action.${status}`)}
          </Button>
        ))}
      </div>
      {asking && (
        <div className="flex flex-wrap items-end gap-2 rounded-md bg-zinc-50 p-2">
          {asking === 'published' ? (
            <Input
              className="min-w-64 flex-1"
              type="url"
              placeholder={t('deliverables.drawer.liveUrl')}
              value={liveUrl}
              onChange={(e) => setLiveUrl(e.target.value)}
              data-testid="live-url"
            />
          ) : (
            <Input
              className="w-56"
              type="datetime-local"
              aria-label={t('deliverables.drawer.scheduleAt')}
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              data-testid="schedule-at"
            />
          )}
          <Button
            size="sm"
            onClick={() => move.mutate(asking)}
            loading={move.isPending}
            data-testid="status-confirm"
          >
            {t('deliverables.drawer.confirm')}
          </Button>
        </div>
      )}
      {move.isError && <Alert tone="error">{errorText(move.error)}</Alert>}
    </div>
  );
}
