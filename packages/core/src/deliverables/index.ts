export { bannedPhrasesFromDonts } from './banned-phrases';
export {
  checkDraft,
  type DraftCheckContext,
  type DraftFinding,
  type DraftText,
  type EvidenceSpan,
  type OtherDraft,
} from './draft-checks';
export {
  DEFAULT_MISSED_AFTER_HOURS,
  deliverableLateness,
  type Lateness,
  type LatenessInput,
} from './lateness';
export {
  DEFAULT_REMINDER_SETTINGS,
  dueReminders,
  type Reminder,
  type ReminderCandidate,
  type ReminderKind,
  type ReminderSettings,
} from './reminders';
export { canTransition, DELIVERABLE_STATUSES, type DeliverableStatus, isDone, nextStatuses } from './status';
