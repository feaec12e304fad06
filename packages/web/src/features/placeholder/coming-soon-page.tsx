import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';

interface ComingSoonPageProps {
  section: 'links' | 'reports';
  icon: ReactNode;
}

/** A section whose feature is not built yet: says plainly what it will hold. */
export function ComingSoonPage({ section, icon }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const points = [1, 2, 3] as const;
  return (
    <>
      <PageHeader title={t(`${section}.title`)} description={t(`${section}.subtitle`)} />
      <EmptyState
        icon={icon}
        title={t(`${section}.empty.title`)}
        description={t(`${section}.empty.description`)}
        testId={`${section}-empty`}
      >
        <ul className="w-full space-y-2 text-left text-sm text-zinc-700">
          {points.map((point) => (
            <li key={point} className="flex gap-2">
              <span className="mt-2 size-1.5 shrink-0 rounded-full bg-teal-600" aria-hidden="true" />
              {t(`${section}.empty.point${point}`)}
            </li>
          ))}
        </ul>
        <p className="text-xs text-zinc-500">{t('comingSoon.note')}</p>
      </EmptyState>
    </>
  );
}
