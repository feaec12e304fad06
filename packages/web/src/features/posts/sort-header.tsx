import { Th } from '../../components/ui/table';
import { cn } from '../../lib/cn';
import { toggleSort } from './post-figures';
import type { PostListFilters, PostSort } from './posts-api';

/**
 * A column header that sorts the table; a second sort (e.g. "cập nhật" under "Đăng lúc") sits under the first
 * in small type, for columns that show two figures.
 */
export function SortHeader({
  sorts,
  filters,
  onChange,
  numeric,
}: {
  sorts: { sort: PostSort; label: string }[];
  filters: PostListFilters;
  onChange: (next: PostListFilters) => void;
  numeric?: boolean;
}) {
  const active = sorts.some((option) => option.sort === filters.sort);
  return (
    <Th
      className={cn('whitespace-nowrap', numeric && 'px-2 text-right')}
      aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <div className={cn('flex flex-col gap-0.5', numeric ? 'items-end' : 'items-start')}>
        {sorts.map((option, index) => {
          const on = filters.sort === option.sort;
          return (
            <button
              key={option.sort}
              type="button"
              onClick={() => onChange(toggleSort(filters, option.sort))}
              className={cn(
                'inline-flex items-center gap-1 hover:text-zinc-900',
                index > 0 && 'text-[11px] font-normal',
                on && 'text-zinc-900',
              )}
              data-testid={`posts-sort-${option.sort}`}
            >
              {option.label}
              <span aria-hidden="true" className={on ? 'opacity-100' : 'opacity-0'}>
                {filters.dir === 'asc' ? '↑' : '↓'}
              </span>
            </button>
          );
        })}
      </div>
    </Th>
  );
}
