import type { ReminderKind } from '@lantoa/core/deliverables';

const WHEN_VI: Record<ReminderKind, string> = {
  deliverable_due_soon: 'sắp đến hạn',
  deliverable_due: 'đến hạn hôm nay',
  deliverable_overdue: 'đã quá hạn',
};
const WHEN_EN: Record<ReminderKind, string> = {
  deliverable_due_soon: 'is due soon',
  deliverable_due: 'is due now',
  deliverable_overdue: 'is overdue',
};

function localTime(date: Date, locale: string) {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** The reminder e-mail in the member's language. */
export function reminderMail(
  kind: ReminderKind,
  deliverable: { title: string; dueAt: Date },
  campaignName: string,
  locale: string,
  url: string,
) {
  const due = localTime(deliverable.dueAt, locale);
  if (locale === 'en')
    return {
      subject: `"${deliverable.title}" ${WHEN_EN[kind]} (${campaignName})`,
      text: `"${deliverable.title}" of ${campaignName} ${WHEN_EN[kind]}: due ${due}.\n\n${url}`,
      purpose: kind,
      link: url,
    };
  return {
    subject: `"${deliverable.title}" ${WHEN_VI[kind]} (${campaignName})`,
    text: `Nội dung "${deliverable.title}" của chiến dịch ${campaignName} ${WHEN_VI[kind]}: hạn ${due}.\n\n${url}`,
    purpose: kind,
    link: url,
  };
}
