import { readPostUrl } from '@lantoa/core/post-url';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { displayHandle } from '../../lib/format';
import { useFieldErrors } from '../../lib/use-field-errors';
import { creatorKey, getCreator } from '../creators/creator-api';
import { localInputToIso } from '../deliverables/local-datetime';
import { useWorkspace } from '../workspaces/use-workspace';
import { ParsedLinkPreview } from './parsed-link-preview';
import { addPost, postsKey } from './posts-api';

const FIELDS = ['url', 'creatorId', 'accountId', 'publishedAt', 'caption'] as const;

interface Props {
  campaign: { id: string; creators: { creatorId: string; name: string }[] };
  onClose: () => void;
  /** Opens a post in the drawer; `existing` when the link was already there. */
  onOpenPost: (postId: string, existing: boolean) => void;
}

/** "Thêm bài đăng": paste a link, see the platform and id read from it, choose the creator (and account). */
export function AddPostDialog({ campaign, onClose, onOpenPost }: Props) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const { errors, fromError, clear } = useFieldErrors(FIELDS);
  const [form, setForm] = useState({ url: '', creatorId: '', accountId: '', publishedAt: '', caption: '' });
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }));
  const parsed = useMemo(() => (form.url.trim() ? readPostUrl(form.url) : null), [form.url]);
  const platform = parsed?.ok ? parsed.post.platform : null;
  const creator = useQuery({
    queryKey: creatorKey(workspace.id, form.creatorId),
    queryFn: () => getCreator(workspace.id, form.creatorId),
    enabled: form.creatorId !== '',
  });
  const accounts = (creator.data?.accounts ?? []).filter((account) => account.platform === platform);
  const add = useMutation({
    mutationFn: () =>
      addPost(workspace.id, {
        url: form.url.trim(),
        campaignId: campaign.id,
        creatorId: form.creatorId || undefined,
        accountId: accounts.length > 1 && form.accountId ? form.accountId : undefined,
        publishedAt: form.publishedAt
          ? localInputToIso(form.publishedAt, workspace.settings.timezone)
          : undefined,
        caption: form.caption.trim() || undefined,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: postsKey(workspace.id) });
      onOpenPost(result.post.id, !result.created);
    },
    onError: (error) => fromError(error, 'url'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    add.mutate();
  };
  const needsCreator = parsed?.ok === true && parsed.post.handle === null && form.creatorId === '';
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('posts.addDialog.title')}
      description={t('posts.addDialog.description')}
      testId="post-add-dialog"
    >
      <form onSubmit={submit} className="space-y-4" noValidate>
        <Field label={t('posts.addDialog.url')} error={errors.url}>
          <Input
            value={form.url}
            onChange={(event) => set({ url: event.target.value, accountId: '' })}
            placeholder="https://www.tiktok.com/@ten.kenh/video/7301234567890123456"
            autoFocus
            data-testid="post-url"
          />
        </Field>
        {parsed && <ParsedLinkPreview result={parsed} />}
        <Field
          label={t('posts.addDialog.creator')}
          error={errors.creatorId}
          hint={needsCreator ? t('posts.addDialog.creatorNeeded') : t('posts.addDialog.creatorHint')}
        >
          <NativeSelect
            value={form.creatorId}
            onChange={(event) => set({ creatorId: event.target.value, accountId: '' })}
            data-testid="post-creator"
          >
            <option value="">{t('posts.addDialog.creatorFromLink')}</option>
            {campaign.creators.map((option) => (
              <option key={option.creatorId} value={option.creatorId}>
                {option.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        {accounts.length > 1 && (
          <Field label={t('posts.addDialog.account')} error={errors.accountId}>
            <NativeSelect
              value={form.accountId}
              onChange={(event) => set({ accountId: event.target.value })}
              data-testid="post-account"
            >
              <option value="">{t('posts.addDialog.chooseAccount')}</option>
              {accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {displayHandle(account.handle)}
                </option>
              ))}
            </NativeSelect>
          </Field>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t('posts.addDialog.publishedAt')}
            error={errors.publishedAt}
            hint={t('posts.addDialog.publishedAtHint')}
          >
            <Input
              type="datetime-local"
              value={form.publishedAt}
              onChange={(event) => set({ publishedAt: event.target.value })}
              data-testid="post-published-at"
            />
          </Field>
          <Field label={t('posts.addDialog.caption')} error={errors.caption}>
            <Input
              value={form.caption}
              onChange={(event) => set({ caption: event.target.value })}
              data-testid="post-caption"
            />
          </Field>
        </div>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={add.isPending}
            disabled={parsed?.ok !== true || (accounts.length > 1 && form.accountId === '')}
            data-testid="post-submit"
          >
            {t('posts.addDialog.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
