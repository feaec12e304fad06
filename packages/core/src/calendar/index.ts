export {
  type CalendarCampaign,
  type CalendarConflict,
  type ConflictOptions,
  detectConflicts,
  type Exclusivity,
  type PlannedPost,
} from './conflicts';
