import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { cn } from '../../lib/cn';
import type { Calendar, CalendarEntry } from './calendar-api';
import { conflictText } from './conflict-text';

const KIND_STYLES: Record<CalendarEntry['kind'], string> = {
  published: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  scheduled: 'border-sky-300 bg-sky-50 text-sky-900',
  due: 'border-zinc-300 bg-white text-zinc-800',
};

interface Props {
  day: string;
  calendar: Calendar;
  dim: boolean;
  today: boolean;
  tall: boolean;
  onOpen: (deliverableId: string) => void;
}

const MAX_IN_MONTH = 3;

export function CalendarDay({ day, calendar, dim, today, tall, onOpen }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const entries = calendar.entries.filter((e) => e.day === day);
  const shown = tall ? entries : entries.slice(0, MAX_IN_MONTH);
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: calendar.timeZone,
    }).format(new Date(iso));
  return (
    <div
      className={cn('bg-white p-1.5', tall ? 'min-h-72' : 'min-h-24', dim && 'bg-zinc-50 text-zinc-400')}
      data-testid="calendar-day"
      data-day={day}
    >
      <div className={cn('mb-1 text-xs', today ? 'font-semibold text-teal-700' : 'text-zinc-500')}>
        {Number(day.slice(8))}
      </div>
      <ul className="space-y-1">
        {shown.map((entry) => {
          const reasons = entry.conflicts
            .map((i) => calendar.conflicts[i])
            .filter((c) => c !== undefined)
            .map((c) => conflictText(t, c, calendar, locale));
          return (
            <li key={entry.deliverableId}>
              <button
                type="button"
                onClick={() => onOpen(entry.deliverableId)}
                title={[`${t(`calendar.kind.${entry.kind}`)} · ${entry.campaign.name}`, ...reasons].join(
                  '\n',
                )}
                data-testid="calendar-entry"
                className={cn(
                  'w-full rounded border px-1.5 py-0.5 text-left text-[11px] leading-4',
                  tall ? 'whitespace-normal' : 'truncate',
                  KIND_STYLES[entry.kind],
                  reasons.length > 0 && 'border-red-400 ring-1 ring-red-300',
                )}
              >
                {reasons.length > 0 && (
                  <span
                    className="mr-1 rounded bg-red-600 px-1 text-[10px] font-semibold text-white"
                    data-testid="conflict-badge"
                  >
                    !
                  </span>
                )}
                <span className="font-medium">{time(entry.at)}</span> {entry.creator.name} · {entry.title}
                {tall && <span className="block text-zinc-500">{entry.campaign.name}</span>}
              </button>
            </li>
          );
        })}
        {entries.length > shown.length && (
          <li className="text-[11px] text-zinc-500">
            {t('calendar.more', { count: entries.length - shown.length })}
          </li>
        )}
      </ul>
    </div>
  );
}
