import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';
import { PlatformLabel } from '../../components/domain/platform-label';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { displayHandle, formatDateTime } from '../../lib/format';
import { DeliverableStatusBadge } from '../deliverables/deliverable-badges';
import type { DeliverableStatus } from '../deliverables/deliverables-api';
import { CommentsCell, Count, ErCell, FreshnessCell } from './post-cells';
import { type CampaignPost, METRIC_NAMES, type PostListFilters, type PostSort } from './posts-api';
import { SortHeader } from './sort-header';

export function PostsTable({
  posts,
  filters,
  onFiltersChange,
  onOpen,
  workspaceId,
  timeZone,
}: {
  posts: CampaignPost[];
  filters: PostListFilters;
  onFiltersChange: (next: PostListFilters) => void;
  onOpen: (postId: string) => void;
  workspaceId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const header = (sorts: { sort: PostSort; label: string }[], numeric = false) => (
    <SortHeader sorts={sorts} filters={filters} onChange={onFiltersChange} numeric={numeric} />
  );
  return (
    <Table data-testid="posts-table" className="min-w-[900px]">
      <thead>
        <tr>
          {header([{ sort: 'creator', label: t('posts.columns.post') }])}
          {header([
            { sort: 'publishedAt', label: t('posts.columns.publishedAt') },
            { sort: 'freshness', label: t('posts.columns.freshness') },
          ])}
          {METRIC_NAMES.map((metric) => (
            <SortHeader
              key={metric}
              sorts={[{ sort: metric, label: t(`dashboard.inputs.${metric}`) }]}
              filters={filters}
              onChange={onFiltersChange}
              numeric
            />
          ))}
          {header(
            [
              { sort: 'er', label: t('posts.columns.er') },
              { sort: 'erViews', label: t('posts.columns.erViews') },
            ],
            true,
          )}
          <Th>{t('posts.columns.deliverable')}</Th>
          <Th>{t('posts.columns.storedComments')}</Th>
        </tr>
      </thead>
      <tbody>
        {posts.map((post) => (
          <Tr
            key={post.id}
            data-testid="post-row"
            data-post-id={post.id}
            className="cursor-pointer"
            onClick={() => onOpen(post.id)}
          >
            <Td>
              <div className="flex max-w-[200px] items-center gap-1.5">
                <Link
                  to="/w/$workspaceId/creators/$creatorId"
                  params={{ workspaceId, creatorId: post.creatorId }}
                  onClick={(event) => event.stopPropagation()}
                  className="truncate font-medium text-zinc-900 hover:text-teal-800 hover:underline"
                >
                  {post.creatorName ?? t('posts.unknownCreator')}
                </Link>
                {post.url && (
                  <a
                    href={post.url}
                    target="_blank"
                    rel="noreferrer noopener"
                    onClick={(event) => event.stopPropagation()}
                    className="shrink-0 rounded px-1 text-xs whitespace-nowrap text-teal-800 hover:bg-teal-50"
                    title={post.url}
                    data-testid="post-link"
                  >
                    {t('posts.open')} ↗
                  </a>
                )}
              </div>
              <div className="mt-0.5 flex max-w-[200px] items-center gap-1.5 text-xs text-zinc-500">
                <span className="shrink-0">
                  <PlatformLabel platform={post.platform as Platform} />
                </span>
                <span className="truncate" title={post.caption ?? undefined}>
                  {post.caption ?? displayHandle(post.handle)}
                </span>
              </div>
            </Td>
            <Td className="text-xs whitespace-nowrap text-zinc-700">
              <button
                type="button"
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(post.id);
                }}
                className="block rounded text-left hover:text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600"
                title={t('posts.openDetail')}
              >
                {formatDateTime(post.publishedAt, locale, timeZone)}
              </button>
              <FreshnessCell at={post.latest?.at ?? null} timeZone={timeZone} compact />
            </Td>
            {METRIC_NAMES.map((metric) => (
              <Td key={metric} className="px-2 text-right" data-testid={`post-${metric}`}>
                <Count value={post.latest?.[metric] ?? null} />
              </Td>
            ))}
            <Td className="px-2 text-right" onClick={(event) => event.stopPropagation()}>
              <div className="flex flex-col items-end">
                <ErCell post={post} variant="er" />
                <span className="text-[11px] text-zinc-500">
                  <ErCell post={post} variant="erViews" />
                </span>
              </div>
            </Td>
            <Td>
              {post.deliverable ? (
                <div className="max-w-[120px] text-xs" title={post.deliverable.title}>
                  <div className="truncate text-zinc-800">{post.deliverable.title}</div>
                  <DeliverableStatusBadge status={post.deliverable.status as DeliverableStatus} />
                </div>
              ) : (
                <span className="text-zinc-400">—</span>
              )}
            </Td>
            <Td>
              <CommentsCell post={post} workspaceId={workspaceId} />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
