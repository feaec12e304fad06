import type { PostUrlResult } from '@lantoa/core/post-url';
import { useTranslation } from 'react-i18next';
import { PlatformLabel } from '../../components/domain/platform-label';
import { displayHandle } from '../../lib/format';

/** What the pasted link says, read as the user types, before anything is saved. */
export function ParsedLinkPreview({ result }: { result: PostUrlResult }) {
  const { t } = useTranslation();
  if (!result.ok)
    return (
      <div
        className="rounded-md bg-red-50 px-3 py-2 text-xs text-red-700"
        data-testid="post-url-invalid"
        role="status"
      >
        <div className="font-medium">{t('posts.addDialog.unrecognised')}</div>
        <div className="opacity-80">{result.reason}</div>
      </div>
    );
  const post = result.post;
  return (
    <dl
      className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md bg-teal-50/60 px-3 py-2 text-xs"
      data-testid="post-url-parsed"
      data-platform={post.platform}
    >
      <dt className="text-zinc-500">{t('posts.addDialog.platform')}</dt>
      <dd>
        <PlatformLabel platform={post.platform} />
      </dd>
      <dt className="text-zinc-500">{t('posts.addDialog.postId')}</dt>
      <dd className="font-mono break-all" data-testid="post-url-id">
        {post.externalId}
        {post.isShareLink && (
          <span className="ml-2 font-sans text-amber-700">{t('posts.addDialog.shareLink')}</span>
        )}
      </dd>
      {post.handle && (
        <>
          <dt className="text-zinc-500">{t('posts.addDialog.handle')}</dt>
          <dd>{displayHandle(post.handle)}</dd>
        </>
      )}
      {post.format && (
        <>
          <dt className="text-zinc-500">{t('posts.addDialog.format')}</dt>
          <dd>{t(`posts.formats.${post.format}`)}</dd>
        </>
      )}
    </dl>
  );
}
