import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { isApiError } from '../../lib/api-error';
import { canEditCampaigns } from '../../lib/roles';
import { useWorkspace } from '../workspaces/use-workspace';
import { commentsKey } from './comments-api';
import { getMentionTargets, saveMentionTargets } from './mention-aliases-api';

const splitAliases = (text: string): string[] =>
  text
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);

/** The brand's and competitors' other spellings that share of voice counts, one comma-separated field each. */
export function MentionAliasesEditor({ campaignId, onDone }: { campaignId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const editable = canEditCampaigns(workspace.role);
  const key = [...commentsKey(workspace.id), 'mention-targets', campaignId];
  const targets = useQuery({ queryKey: key, queryFn: () => getMentionTargets(workspace.id, campaignId) });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!targets.data) return;
    setDrafts(
      Object.fromEntries(targets.data.targets.map((target) => [target.name, target.aliases.join(', ')])),
    );
  }, [targets.data]);
  const save = useMutation({
    mutationFn: () =>
      saveMentionTargets(
        workspace.id,
        campaignId,
        Object.entries(drafts).map(([name, text]) => ({ name, aliases: splitAliases(text) })),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(key, saved);
      await queryClient.invalidateQueries({ queryKey: [...commentsKey(workspace.id), 'sov', campaignId] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const list = targets.data?.targets ?? [];
  return (
    <form onSubmit={submit} className="mb-3 space-y-3 rounded-md bg-zinc-50 p-3" data-testid="aliases-editor">
      <p className="text-xs text-zinc-600">{t('comments.aliases.help')}</p>
      {list.length === 0 && !targets.isPending && (
        <p className="text-sm text-zinc-500">{t('comments.aliases.noTargets')}</p>
      )}
      {list.map((target) => (
        <div key={target.name} className="text-sm">
          <label htmlFor={`aliases-${target.role}-${target.name}`} className="font-medium text-zinc-900">
            {target.name}
          </label>{' '}
          <span className="text-xs text-zinc-500">
            {t(`comments.aliases.role.${target.role}`)}
            {target.inlineAliases.length > 0 &&
              ` · ${t('comments.aliases.inline', { aliases: target.inlineAliases.join(', ') })}`}
          </span>
          <Input
            id={`aliases-${target.role}-${target.name}`}
            className="mt-1"
            value={drafts[target.name] ?? ''}
            onChange={(event) => setDrafts((current) => ({ ...current, [target.name]: event.target.value }))}
            placeholder={t('comments.aliases.placeholder')}
            disabled={!editable}
            data-testid={`aliases-input-${target.role}`}
          />
        </div>
      ))}
      {save.isError && (
        <Alert tone="error">
          {isApiError(save.error)
            ? (Object.values(save.error.fieldErrors())[0] ?? save.error.message)
            : t('comments.aliases.failed')}
        </Alert>
      )}
      <div className="flex gap-2">
        {editable && list.length > 0 && (
          <Button type="submit" loading={save.isPending} data-testid="aliases-save">
            {t('common.save')}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('common.close')}
        </Button>
      </div>
    </form>
  );
}
