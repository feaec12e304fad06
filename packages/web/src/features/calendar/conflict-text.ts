import type { TFunction } from 'i18next';
import type { Locale } from '../../api/types';
import { formatDate } from '../../lib/format';
import type { Calendar, CalendarConflict } from './calendar-api';

/** The reason of a conflict in words, with the names of the creator and brands involved and dates as the app writes them. */
export function conflictText(
  t: TFunction,
  conflict: CalendarConflict,
  calendar: Calendar,
  locale: Locale,
): string {
  const day = (value: string | null) => (value ? formatDate(value, locale) : '');
  const creator =
    calendar.entries.find((e) => e.creator.id === conflict.creatorId)?.creator.name ??
    conflict.creatorId ??
    '';
  switch (conflict.code) {
    case 'competing_brands':
      return t('calendar.conflict.competing_brands', { creator, brands: conflict.brands.join(' – ') });
    case 'exclusivity_window':
      return t('calendar.conflict.exclusivity_window', {
        creator,
        brand: conflict.brands[0] ?? '',
        until: day(conflict.until),
      });
    case 'audience_overlap':
      return t('calendar.conflict.audience_overlap', {
        segment: (conflict.segment ?? '').replace('|', ' · '),
        hours: Math.round(conflict.hoursApart ?? 0),
      });
    case 'outside_campaign_dates':
      return t('calendar.conflict.outside_campaign_dates', { day: day(conflict.day) });
  }
}
