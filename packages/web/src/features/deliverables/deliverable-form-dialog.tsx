import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listMembers, membersKey } from '../../api/members';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  createDeliverable,
  DELIVERABLE_TYPES,
  type DeliverableType,
  deliverablesKey,
} from './deliverables-api';
import { localInputToIso } from './local-datetime';

const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;

interface Props {
  campaign: { id: string; creators: { creatorId: string; name: string }[] };
  onClose: () => void;
}

export function DeliverableFormDialog({ campaign, onClose }: Props) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  const [form, setForm] = useState({
    title: '',
    creatorId: campaign.creators[0]?.creatorId ?? '',
    type: 'video' as DeliverableType,
    platform: 'tiktok',
    dueAt: '',
    scheduledAt: '',
    ownerUserId: '',
    important: false,
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const tz = workspace.settings.timezone;
  const create = useMutation({
    mutationFn: () =>
      createDeliverable(workspace.id, campaign.id, {
        ...form,
        dueAt: localInputToIso(form.dueAt, tz),
        scheduledAt: form.scheduledAt ? localInputToIso(form.scheduledAt, tz) : null,
        ownerUserId: form.ownerUserId || null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: deliverablesKey(workspace.id) });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('deliverables.new')}
      testId="deliverable-form"
    >
      {campaign.creators.length === 0 ? (
        <Alert tone="warning">{t('deliverables.noCreators')}</Alert>
      ) : (
        <form className="space-y-3" onSubmit={submit}>
          <Field label={t('deliverables.form.title')}>
            <Input
              required
              value={form.title}
              placeholder={t('deliverables.form.titlePlaceholder')}
              onChange={(e) => set({ title: e.target.value })}
              data-testid="deliverable-title"
            />
          </Field>
          <Field label={t('deliverables.form.creator')}>
            <NativeSelect
              value={form.creatorId}
              onChange={(e) => set({ creatorId: e.target.value })}
              data-testid="deliverable-creator"
            >
              {campaign.creators.map((c) => (
                <option key={c.creatorId} value={c.creatorId}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label={t('deliverables.form.type')}>
              <NativeSelect
                value={form.type}
                onChange={(e) => set({ type: e.target.value as DeliverableType })}
              >
                {DELIVERABLE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`deliverables.types.${type}`)}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label={t('deliverables.form.platform')}>
              <NativeSelect value={form.platform} onChange={(e) => set({ platform: e.target.value })}>
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {t(`platforms.${p}`)}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label={t('deliverables.form.due')}>
              <Input
                type="datetime-local"
                required
                value={form.dueAt}
                onChange={(e) => set({ dueAt: e.target.value })}
                data-testid="deliverable-due"
              />
            </Field>
            <Field label={t('deliverables.form.scheduled')}>
              <Input
                type="datetime-local"
                value={form.scheduledAt}
                onChange={(e) => set({ scheduledAt: e.target.value })}
                data-testid="deliverable-scheduled"
              />
            </Field>
          </div>
          <Field label={t('deliverables.form.owner')}>
            <NativeSelect value={form.ownerUserId} onChange={(e) => set({ ownerUserId: e.target.value })}>
              <option value="">{t('deliverables.noOwner')}</option>
              {(members.data?.items ?? []).map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <label className="flex items-start gap-2 text-sm text-zinc-700">
            <input
              type="checkbox"
              className="mt-0.5"
              checked={form.important}
              onChange={(e) => set({ important: e.target.checked })}
              data-testid="deliverable-important"
            />
            {t('deliverables.form.important')}
          </label>
          {create.isError && <Alert tone="error">{errorText(create.error)}</Alert>}
          <div className="flex justify-end gap-2 pt-2">
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="deliverable-submit">
              {t('deliverables.form.submit')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
