import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMembers, membersKey } from '../../api/members';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { type DeliverableDetail, deliverablesKey, updateDeliverable } from './deliverables-api';
import { isoToLocalInput, localInputToIso } from './local-datetime';

/** Due date, owner ("người phụ trách") and key-post flag of a deliverable. */
export function DeliverableEditForm({ deliverable }: { deliverable: DeliverableDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const tz = workspace.settings.timezone;
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  const [dueAt, setDueAt] = useState(isoToLocalInput(deliverable.dueAt, tz));
  const [ownerUserId, setOwner] = useState(deliverable.owner?.id ?? '');
  const [important, setImportant] = useState(deliverable.important);
  const save = useMutation({
    mutationFn: () =>
      updateDeliverable(workspace.id, deliverable.id, {
        dueAt: localInputToIso(dueAt, tz),
        ownerUserId: ownerUserId || null,
        important,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliverablesKey(workspace.id) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="grid gap-3 sm:grid-cols-2" onSubmit={submit} data-testid="deliverable-edit">
      <Field label={t('deliverables.form.due')}>
        <Input type="datetime-local" required value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
      </Field>
      <Field label={t('deliverables.form.owner')}>
        <NativeSelect
          value={ownerUserId}
          onChange={(e) => setOwner(e.target.value)}
          data-testid="deliverable-owner"
        >
          <option value="">{t('deliverables.noOwner')}</option>
          {(members.data?.items ?? []).map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <label className="flex items-start gap-2 text-sm text-zinc-700 sm:col-span-2">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={important}
          onChange={(e) => setImportant(e.target.checked)}
        />
        {t('deliverables.form.important')}
      </label>
      {save.isError && (
        <div className="sm:col-span-2">
          <Alert tone="error">{errorText(save.error)}</Alert>
        </div>
      )}
      <div>
        <Button size="sm" type="submit" loading={save.isPending} data-testid="deliverable-edit-save">
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
