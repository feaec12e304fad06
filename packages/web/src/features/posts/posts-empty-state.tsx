import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '../../components/ui/button';

/** No post yet: the three ways posts get in, each with its action. */
export function PostsEmptyState({
  importLink,
  onAdd,
}: {
  importLink: ReactNode;
  onAdd: (() => void) | null;
}) {
  const { t } = useTranslation();
  const ways = [
    {
      key: 'url',
      action: onAdd ? (
        <Button size="sm" onClick={onAdd}>
          {t('posts.add')}
        </Button>
      ) : null,
    },
    {
      key: 'sheet',
      action: onAdd ? importLink : null,
    },
    {
      key: 'api',
      action: (
        <a href="/api/docs" target="_blank" rel="noreferrer" className={buttonClass('ghost', 'sm')}>
          {t('posts.empty.apiDocs')} ↗
        </a>
      ),
    },
  ] as const;
  return (
    <section
      className="rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-8"
      data-testid="posts-empty"
    >
      <h3 className="text-base font-semibold text-zinc-900">{t('posts.empty.title')}</h3>
      <p className="mt-1 text-sm text-zinc-600">{t('posts.empty.description')}</p>
      <ol className="mt-5 grid gap-3 md:grid-cols-3">
        {ways.map((way, index) => (
          <li key={way.key} className="flex flex-col gap-2 rounded-lg bg-zinc-50 p-4">
            <div className="text-sm font-medium text-zinc-900">
              {index + 1}. {t(`posts.empty.${way.key}.title`)}
            </div>
            <p className="flex-1 text-xs text-zinc-600">{t(`posts.empty.${way.key}.body`)}</p>
            {way.action && <div>{way.action}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
