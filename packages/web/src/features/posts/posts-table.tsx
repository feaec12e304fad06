import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';
import { PlatformLabel } from '../../components/domain/platform-label';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { cn } from '../../lib/cn';
import { formatDateTime } from '../../lib/format';
import { DeliverableStatusBadge } from '../deliverables/deliverable-badges';
import type { DeliverableStatus } from '../deliverables/deliverables-api';
import { CommentsCell, Count, displayHandle, ErCell, FreshnessCell } from './post-cells';
import { toggleSort } from './post-figures';
import { type CampaignPost, METRIC_NAMES, type PostListFilters, type PostSort } from './posts-api';

function SortHeader({
  sort,
  filters,
  onChange,
  label,
  numeric,
}: {
  sort: PostSort;
  filters: PostListFilters;
  onChange: (next: PostListFilters) => void;
  label: string;
  numeric?: boolean;
}) {
  const active = filters.sort === sort;
  return (
    <Th
      className={cn('whitespace-nowrap', numeric && 'px-2 text-right')}
      aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        onClick={() => onChange(toggleSort(filters, sort))}
        className={cn('inline-flex items-center gap-1 hover:text-zinc-900', active && 'text-zinc-900')}
        data-testid={`posts-sort-${sort}`}
      >
        {label}
        <span aria-hidden="true" className={active ? 'opacity-100' : 'opacity-0'}>
          {filters.dir === 'asc' ? '↑' : '↓'}
        </span>
      </button>
    </Th>
  );
}

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
  const header = (sort: PostSort, label: string, numeric = false) => (
    <SortHeader sort={sort} filters={filters} onChange={onFiltersChange} label={label} numeric={numeric} />
  );
  return (
    <Table data-testid="posts-table" className="min-w-[940px]">
      <thead>
        <tr>
          {header('creator', t('posts.columns.post'))}
          {header('publishedAt', t('posts.columns.publishedAt'))}
          {METRIC_NAMES.map((metric) => (
            <SortHeader
              key={metric}
              sort={metric}
              filters={filters}
              onChange={onFiltersChange}
              label={t(`dashboard.inputs.${metric}`)}
              numeric
            />
          ))}
          {header('er', t('posts.columns.er'), true)}
          {header('erViews', t('posts.columns.erViews'), true)}
          {header('freshness', t('posts.columns.freshness'))}
          <Th className="whitespace-nowrap">{t('posts.columns.deliverable')}</Th>
          <Th className="whitespace-nowrap">{t('posts.columns.storedComments')}</Th>
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
            <Td className="max-w-[210px]">
              <div className="flex items-center gap-1.5">
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
              <div className="mt-0.5 flex items-center gap-1.5 text-xs text-zinc-500">
                <span className="shrink-0">
                  <PlatformLabel platform={post.platform as Platform} />
                </span>
                <span className="truncate" title={post.caption ?? undefined}>
                  {post.caption ?? displayHandle(post.handle)}
                </span>
              </div>
            </Td>
            <Td className="text-xs whitespace-nowrap text-zinc-700">
              {formatDateTime(post.publishedAt, locale, timeZone)}
            </Td>
            {METRIC_NAMES.map((metric) => (
              <Td key={metric} className="px-2 text-right" data-testid={`post-${metric}`}>
                <Count value={post.latest?.[metric] ?? null} />
              </Td>
            ))}
            <Td className="text-right" onClick={(event) => event.stopPropagation()}>
              <ErCell post={post} variant="er" />
            </Td>
            <Td className="text-right" onClick={(event) => event.stopPropagation()}>
              <ErCell post={post} variant="erViews" />
            </Td>
            <Td>
              <FreshnessCell at={post.latest?.at ?? null} timeZone={timeZone} compact />
            </Td>
            <Td className="max-w-[130px]">
              {post.deliverable ? (
                <div className="truncate text-xs" title={post.deliverable.title}>
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
