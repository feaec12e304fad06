import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Input, NativeSelect } from '../../components/ui/input';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import type { PostListFilters } from './posts-api';

const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo'] as const;

/** Creator, platform and an accent-insensitive text filter ("huong" finds "Hương"), applied by the server. */
export function PostsFilterBar({
  filters,
  onChange,
  creators,
}: {
  filters: PostListFilters;
  onChange: (next: PostListFilters) => void;
  creators: { creatorId: string; name: string }[];
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced !== filters.q) onChange({ ...filters, q: debounced });
  }, [debounced, filters, onChange]);
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="posts-filters">
      <div className="w-72">
        <Input
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('posts.filters.search')}
          aria-label={t('posts.filters.search')}
          data-testid="posts-search"
        />
      </div>
      <NativeSelect
        className="w-52"
        value={filters.creatorId}
        onChange={(event) => onChange({ ...filters, creatorId: event.target.value })}
        aria-label={t('posts.filters.creator')}
        data-testid="posts-creator-filter"
      >
        <option value="">{t('posts.filters.allCreators')}</option>
        {creators.map((creator) => (
          <option key={creator.creatorId} value={creator.creatorId}>
            {creator.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        className="w-40"
        value={filters.platform}
        onChange={(event) => onChange({ ...filters, platform: event.target.value })}
        aria-label={t('posts.filters.platform')}
        data-testid="posts-platform-filter"
      >
        <option value="">{t('posts.filters.allPlatforms')}</option>
        {PLATFORMS.map((platform) => (
          <option key={platform} value={platform}>
            {t(`platforms.${platform}`)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
