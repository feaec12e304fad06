import { useTranslation } from 'react-i18next';
import type { Platform } from '../../api/types';

const DOT_COLOURS: Record<Platform, string> = {
  tiktok: 'bg-zinc-900',
  facebook: 'bg-blue-600',
  instagram: 'bg-pink-500',
  youtube: 'bg-red-600',
  zalo: 'bg-sky-500',
  other: 'bg-zinc-400',
};

export function PlatformLabel({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex items-center gap-1.5 text-zinc-700">
      <span className={`size-2 rounded-full ${DOT_COLOURS[platform]}`} aria-hidden="true" />
      {t(`platforms.${platform}`)}
    </span>
  );
}
