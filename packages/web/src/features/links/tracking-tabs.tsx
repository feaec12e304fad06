import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';

export type TrackingTab = 'links' | 'codes' | 'postbacks';
const TABS: TrackingTab[] = ['links', 'codes', 'postbacks'];

export function TrackingTabs({
  value,
  onChange,
}: {
  value: TrackingTab;
  onChange: (tab: TrackingTab) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="mb-5 flex gap-1 border-b border-zinc-200" role="tablist">
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={value === tab}
          onClick={() => onChange(tab)}
          data-testid={`tracking-tab-${tab}`}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
            value === tab
              ? 'border-teal-700 text-teal-800'
              : 'border-transparent text-zinc-600 hover:text-zinc-900',
          )}
        >
          {t(`linkTracker.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
