import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { NativeSelect } from '../../components/ui/input';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { cn } from '../../lib/cn';
import { DeliverableDrawer } from '../deliverables/deliverable-drawer';
import { useWorkspace } from '../workspaces/use-workspace';
import { calendarKey, getCalendar } from './calendar-api';
import { addDays, addMonths, todayIn, visibleDays } from './calendar-dates';
import { CalendarDay } from './calendar-day';
import { conflictText } from './conflict-text';

const WINDOWS = [24, 48, 72, 168];

/** Month and week views of planned posts (D4) with conflicts flagged and explained. */
export function CalendarView({ campaignId }: { campaignId?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const tz = workspace.settings.timezone;
  const [view, setView] = useState<'month' | 'week'>('month');
  const [anchor, setAnchor] = useState(() => todayIn(tz));
  const [windowHours, setWindowHours] = useState(48);
  const [openId, setOpenId] = useState<string | null>(null);
  const days = visibleDays(anchor, view);
  const range = {
    from: days[0] ?? anchor,
    to: days.at(-1) ?? anchor,
    campaignId,
    overlapWindowHours: windowHours,
  };
  const query = useQuery({
    queryKey: calendarKey(workspace.id, range),
    queryFn: () => getCalendar(workspace.id, range),
  });
  const step = (direction: 1 | -1) =>
    setAnchor((a) => (view === 'month' ? addMonths(a, direction) : addDays(a, 7 * direction)));
  const intlLocale = locale === 'en' ? 'en-GB' : 'vi-VN';
  const heading =
    view === 'month'
      ? new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${anchor}T00:00:00Z`),
        )
      : new Intl.DateTimeFormat(intlLocale, {
          day: 'numeric',
          month: 'numeric',
          year: 'numeric',
          timeZone: 'UTC',
        }).formatRange(new Date(`${days[0]}T00:00:00Z`), new Date(`${days.at(-1)}T00:00:00Z`));
  const weekdays = days.slice(0, 7).map((d) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
      weekday: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${d}T00:00:00Z`)),
  );
  const today = todayIn(tz);
  return (
    <div className="space-y-4" data-testid="calendar">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <Button size="sm" variant="secondary" onClick={() => step(-1)} aria-label={t('calendar.previous')}>
            ‹
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setAnchor(today)}>
            {t('calendar.today')}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => step(1)}
            aria-label={t('calendar.next')}
            data-testid="calendar-next"
          >
            ›
          </Button>
          <h2
            className="ml-2 text-base font-semibold text-zinc-900 first-letter:uppercase"
            data-testid="calendar-heading"
          >
            {heading}
          </h2>
        </div>
        <div className="flex items-center gap-2">
          <div className="flex items-center gap-1.5 text-xs text-zinc-600">
            {t('calendar.window')}
            <NativeSelect
              aria-label={t('calendar.window')}
              compact
              className="w-24"
              value={windowHours}
              onChange={(e) => setWindowHours(Number(e.target.value))}
            >
              {WINDOWS.map((h) => (
                <option key={h} value={h}>
                  {t('calendar.hours', { count: h })}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="flex rounded-md border border-zinc-300 p-0.5">
            {(['month', 'week'] as const).map((v) => (
              <button
                key={v}
                type="button"
                onClick={() => setView(v)}
                data-testid={`calendar-view-${v}`}
                className={cn(
                  'rounded px-2.5 py-1 text-xs font-medium',
                  view === v ? 'bg-teal-700 text-white' : 'text-zinc-700',
                )}
              >
                {t(`calendar.${v}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <div className="grid grid-cols-7 overflow-hidden rounded-xl border border-zinc-200 bg-zinc-200 gap-px">
            {weekdays.map((w) => (
              <div key={w} className="bg-zinc-50 px-2 py-1 text-xs font-medium text-zinc-500">
                {w}
              </div>
            ))}
            {days.map((day) => (
              <CalendarDay
                key={day}
                day={day}
                calendar={query.data}
                dim={view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7)}
                today={day === today}
                tall={view === 'week'}
                onOpen={setOpenId}
              />
            ))}
          </div>
          <section
            className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
            data-testid="calendar-conflicts"
          >
            <h3 className="mb-2 text-sm font-semibold text-zinc-900">
              {t('calendar.conflicts', { count: query.data.conflicts.length })}
            </h3>
            {query.data.conflicts.length === 0 ? (
              <p className="text-sm text-zinc-500">{t('calendar.noConflicts')}</p>
            ) : (
              <ul className="space-y-1.5 text-sm">
                {query.data.conflicts.map((c) => (
                  <li
                    key={`${c.code}-${c.deliverableIds.join('-')}`}
                    className="text-red-800"
                    data-testid={`conflict-${c.code}`}
                  >
                    ⚠ {conflictText(t, c, query.data, locale)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {openId && <DeliverableDrawer deliverableId={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
