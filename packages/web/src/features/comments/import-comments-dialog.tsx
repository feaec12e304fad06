import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import type { Locale } from '../../api/types';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import { canEditCampaigns } from '../../lib/roles';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { commentsKey } from './comments-api';
import {
  ACCEPTED_COMMENT_FILE_TYPES,
  type CampaignPost,
  type CommentImportResult,
  commentFileProblem,
  importComments,
  listCampaignPosts,
} from './import-comments-api';
import { ImportCommentsResult } from './import-comments-result';

function postLabel(post: CampaignPost, locale: Locale): string {
  const detail = post.url ?? post.externalId ?? post.format ?? '';
  const parts = [post.creatorName ?? '—', post.platform, formatDate(post.publishedAt, locale)];
  return [...parts, detail.length > 40 ? `${detail.slice(0, 40)}…` : detail].filter(Boolean).join(' · ');
}

/** "Import comments" button and dialog: campaign → post → CSV/XLSX file → counts, refused rows, scoring progress. */
export function ImportCommentsDialog({ initialCampaignId }: { initialCampaignId?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [campaignId, setCampaignId] = useState(initialCampaignId ?? '');
  const [postId, setPostId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<CommentImportResult | null>(null);
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
    enabled: open,
  });
  const posts = useQuery({
    queryKey: [...commentsKey(workspace.id), 'import-posts', campaignId],
    queryFn: () => listCampaignPosts(workspace.id, campaignId),
    enabled: open && campaignId !== '',
  });
  const upload = useMutation({
    mutationFn: (picked: File) => importComments(workspace.id, postId, picked),
    onSuccess: setResult,
  });
  if (!canEditCampaigns(workspace.role)) return null;

  const fileProblem = file ? commentFileProblem(file) : null;
  const close = (next: boolean) => {
    setOpen(next);
    if (next) return;
    void queryClient.invalidateQueries({ queryKey: commentsKey(workspace.id) });
    setResult(null);
    setFile(null);
    upload.reset();
  };
  const postItems = posts.data?.items ?? [];

  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="comment-import-open">
        {t('comments.import.button')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={close}
        title={t('comments.import.title')}
        description={t('comments.import.description')}
        testId="comment-import-dialog"
        footer={
          result ? (
            <Button variant="secondary" onClick={() => close(false)}>
              {t('common.close')}
            </Button>
          ) : (
            <Button
              disabled={!postId || !file || fileProblem !== null}
              loading={upload.isPending}
              onClick={() => file && upload.mutate(file)}
              data-testid="comment-import-submit"
            >
              {t('comments.import.upload')}
            </Button>
          )
        }
      >
        {result ? (
          <ImportCommentsResult workspaceId={workspace.id} result={result} />
        ) : (
          <div className="space-y-4">
            <Field label={t('comments.import.campaign')}>
              <NativeSelect
                value={campaignId}
                onChange={(event) => {
                  setCampaignId(event.target.value);
                  setPostId('');
                }}
                data-testid="comment-import-campaign"
              >
                <option value="">{t('comments.import.pickCampaign')}</option>
                {(campaigns.data?.items ?? []).map((campaign) => (
                  <option key={campaign.id} value={campaign.id}>
                    {campaign.name}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field
              label={t('comments.import.post')}
              hint={
                campaignId && posts.isSuccess && postItems.length === 0
                  ? t('comments.import.noPosts')
                  : (posts.data?.total ?? 0) > postItems.length
                    ? t('comments.import.morePosts', { shown: postItems.length, total: posts.data?.total })
                    : null
              }
            >
              <NativeSelect
                value={postId}
                onChange={(event) => setPostId(event.target.value)}
                disabled={!campaignId || posts.isPending}
                data-testid="comment-import-post"
              >
                <option value="">{t('comments.import.pickPost')}</option>
                {postItems.map((post) => (
                  <option key={post.id} value={post.id}>
                    {postLabel(post, locale)}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field
              label={t('comments.import.file')}
              hint={t('comments.import.fileHint')}
              error={fileProblem ? t(`comments.import.problem.${fileProblem}`) : null}
            >
              <Input
                type="file"
                accept={ACCEPTED_COMMENT_FILE_TYPES}
                className="h-auto py-1.5"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                data-testid="comment-import-file"
              />
            </Field>
            {posts.isError && <Alert tone="error">{errorText(posts.error)}</Alert>}
            {upload.isError && <Alert tone="error">{errorText(upload.error)}</Alert>}
          </div>
        )}
      </Dialog>
    </>
  );
}
