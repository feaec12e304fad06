import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { addVersion, deliverablesKey } from './deliverables-api';

const areaClass =
  'block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm focus:border-teal-600 focus:ring-2 focus:ring-teal-600/20 focus:outline-none';

/** A new draft version: caption and optional script; saving runs the content checks and sends it for review. */
export function DraftForm({ deliverableId }: { deliverableId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [caption, setCaption] = useState('');
  const [script, setScript] = useState('');
  const save = useMutation({
    mutationFn: () => addVersion(workspace.id, deliverableId, { caption, script: script.trim() || null }),
    onSuccess: async () => {
      setCaption('');
      setScript('');
      await queryClient.invalidateQueries({ queryKey: deliverablesKey(workspace.id) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="space-y-2" onSubmit={submit} data-testid="draft-form">
      <label className="block text-[13px] font-medium text-zinc-700">
        {t('deliverables.drawer.caption')}
        <textarea
          required
          rows={3}
          className={areaClass}
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
          data-testid="draft-caption"
        />
      </label>
      <label className="block text-[13px] font-medium text-zinc-700">
        {t('deliverables.drawer.script')}
        <textarea rows={2} className={areaClass} value={script} onChange={(e) => setScript(e.target.value)} />
      </label>
      {save.isError && <Alert tone="error">{errorText(save.error)}</Alert>}
      <Button size="sm" type="submit" loading={save.isPending} data-testid="draft-submit">
        {t('deliverables.drawer.saveDraft')}
      </Button>
    </form>
  );
}
