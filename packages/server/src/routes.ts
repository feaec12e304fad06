import { changeAlertStatusRoute, listAlertsRoute } from './features/alerts/alert-routes';
import { createApiKeyRoute, listApiKeysRoute, revokeApiKeyRoute } from './features/api-keys/api-key-routes';
import {
  deleteAttachmentRoute,
  downloadAttachmentRoute,
  uploadAttachmentRoute,
} from './features/attachments/attachment-routes';
import { listAuditLogRoute } from './features/audit-log/audit-log-route';
import {
  deleteBriefAttachmentRoute,
  downloadBriefAttachmentRoute,
  uploadBriefAttachmentRoute,
} from './features/briefs/brief-attachment-routes';
import { createBriefShareLinkRoute, getBriefRoute, saveBriefRoute } from './features/briefs/brief-routes';
import { getBriefVersionRoute } from './features/briefs/brief-version-route';
import { publicBriefAttachmentRoute, publicBriefRoute } from './features/briefs/public-brief-route';
import { exportBundleRoute } from './features/bundles/export-bundle-route';
import { importBundleRoute, reimportBundleRoute } from './features/bundles/import-bundle-routes';
import { calendarRoute } from './features/calendar/calendar-route';
import { campaignForecastRoute } from './features/campaign-forecast/forecast-route';
import { assignCreatorsRoute } from './features/campaigns/assign-creators-route';
import { setCampaignStatusRoute } from './features/campaigns/campaign-status-route';
import { createCampaignRoute, updateCampaignRoute } from './features/campaigns/campaign-write-routes';
import { getCampaignRoute } from './features/campaigns/get-campaign-route';
import { kpiSuggestionsRoute } from './features/campaigns/kpi-suggestions-route';
import { listCampaignsRoute } from './features/campaigns/list-campaigns-route';
import {
  listCommentsRoute,
  pushCommentsRoute,
  rescoreCommentsRoute,
} from './features/comments/comment-routes';
import { importCommentsRoute } from './features/comments/import-comments-route';
import {
  createContractRoute,
  deleteContractRoute,
  getContractRoute,
  listContractsRoute,
  updateContractRoute,
} from './features/contracts/contract-routes';
import { listConversionEventsRoute } from './features/conversions/list-conversion-events-route';
import { getSigningKeyRoute, rotateSigningKeyRoute } from './features/conversions/signing-key-routes';
import {
  createCostRoute,
  deleteCostRoute,
  listCostsRoute,
  updateCostRoute,
} from './features/costs/cost-routes';
import {
  createCreatorListRoute,
  deleteCreatorListRoute,
  listCreatorListsRoute,
  updateCreatorListRoute,
} from './features/creator-lists/creator-list-routes';
import {
  addToShortlistRoute,
  exportShortlistRoute,
  getCreatorListRoute,
  removeFromShortlistRoute,
} from './features/creator-lists/shortlist-routes';
import { creatorFacetsRoute } from './features/creators/creator-facets-route';
import { createCreatorRoute, updateCreatorRoute } from './features/creators/creator-write-routes';
import { exportCreatorsRoute } from './features/creators/export-creators-route';
import { getCreatorRoute } from './features/creators/get-creator-route';
import { listCreatorsRoute } from './features/creators/list-creators-route';
import { refreshCreatorStatsRoute } from './features/creators/refresh-stats-route';
import { campaignDashboardExportRoute } from './features/dashboard/dashboard-export-route';
import { campaignDashboardRoute } from './features/dashboard/dashboard-route';
import {
  addDeliverableCommentRoute,
  addDraftVersionRoute,
} from './features/deliverables/deliverable-draft-routes';
import {
  createDeliverableRoute,
  getDeliverableRoute,
  listDeliverablesRoute,
  updateDeliverableRoute,
} from './features/deliverables/deliverable-routes';
import { changeDeliverableStatusRoute } from './features/deliverables/deliverable-status-route';
import { loadDemoRoute } from './features/demo/demo-route';
import { creatorFitRoute } from './features/fit/creator-fit-route';
import { getFitTargetRoute, putFitTargetRoute } from './features/fit/fit-target-routes';
import {
  listFollowerSamplesRoute,
  uploadFollowerSampleRoute,
} from './features/follower-samples/follower-sample-routes';
import { healthz, readyz } from './features/health/health-routes';
import {
  createImportRoute,
  getImportRoute,
  previewImportRoute,
  runImportRoute,
} from './features/imports/import-routes';
import { rejectedRowsRoute } from './features/imports/rejected-rows-route';
import { uploadImportFileRoute } from './features/imports/upload-file-route';
import {
  acceptInvitationRoute,
  previewInvitationRoute,
} from './features/invitations/accept-invitation-routes';
import {
  createInvitationRoute,
  listInvitationsRoute,
  revokeInvitationRoute,
} from './features/invitations/invitation-routes';
import { getJobRoute, listJobsRoute } from './features/jobs/job-routes';
import { campaignKpisRoute } from './features/kpis/campaign-kpis-route';
import { kpiCatalogueRoute } from './features/kpis/kpi-catalogue-route';
import { linkQrRoute } from './features/links/link-qr-route';
import { createLinkRoute, getLinkRoute, listLinksRoute, updateLinkRoute } from './features/links/link-routes';
import { linkStatsRoute } from './features/links/link-stats-route';
import {
  createUtmPresetRoute,
  deleteUtmPresetRoute,
  listUtmPresetsRoute,
} from './features/links/utm-preset-routes';
import { getMe, updateMe } from './features/me/me-routes';
import {
  leaveWorkspaceRoute,
  listMembersRoute,
  removeMemberRoute,
  updateMemberRoute,
} from './features/members/member-routes';
import { getMentionTargetsRoute, updateMentionTargetsRoute } from './features/mentions/mention-target-routes';
import { shareOfVoiceRoute } from './features/mentions/mentions-routes';
import {
  createKpiTreeNodeRoute,
  deleteKpiTreeNodeRoute,
  getKpiTreeRoute,
  updateKpiTreeNodeRoute,
} from './features/north-star/kpi-tree-routes';
import {
  listNotificationsRoute,
  markNotificationsReadRoute,
} from './features/notifications/notification-routes';
import { planMixRoute } from './features/optimiser/mix-route';
import { getPostRoute } from './features/posts/post-detail-route';
import { addPostByUrlRoute, listCampaignPostsRoute, pushSnapshotsRoute } from './features/posts/post-routes';
import { generatePromoCodesRoute, listPromoCodesRoute } from './features/promo-codes/promo-code-routes';
import {
  getReminderSettingsRoute,
  updateReminderSettingsRoute,
} from './features/reminders/reminder-settings-routes';
import {
  publicReviewCommentRoute,
  publicReviewDecisionRoute,
  publicReviewRoute,
} from './features/reviews/public-review-routes';
import {
  createReviewLinkRoute,
  listReviewLinksRoute,
  revokeReviewLinkRoute,
} from './features/reviews/review-link-routes';
import {
  campaignSentimentRoute,
  creatorSentimentRoute,
  postSentimentRoute,
} from './features/sentiment/sentiment-routes';
import { publicReportRoute, unlockReportRoute } from './features/shared-reports/public-report-routes';
import {
  createSharedReportRoute,
  listSharedReportsRoute,
  revokeSharedReportRoute,
} from './features/shared-reports/shared-report-routes';
import {
  getTrackingSettings,
  updateTrackingSettings,
} from './features/tracking-settings/tracking-settings-routes';
import {
  addBackgroundCheckRoute,
  listBackgroundChecksRoute,
} from './features/vetting/background-check-routes';
import { dossierRoute } from './features/vetting/dossier-route';
import { decideCreatorRoute, getVettingRoute } from './features/vetting/vetting-routes';
import { createWorkspace, getWorkspace, updateWorkspace } from './features/workspaces/workspace-routes';
import type { AnyRoute } from './http/define-route';

/** Every route of the API. Tests walk this table (tenant isolation, role matrix, bad input). */
export const ROUTES: readonly AnyRoute[] = [
  healthz,
  readyz,
  kpiCatalogueRoute,
  getMe,
  updateMe,
  createWorkspace,
  getWorkspace,
  updateWorkspace,
  listMembersRoute,
  updateMemberRoute,
  removeMemberRoute,
  leaveWorkspaceRoute,
  listInvitationsRoute,
  createInvitationRoute,
  revokeInvitationRoute,
  previewInvitationRoute,
  acceptInvitationRoute,
  listApiKeysRoute,
  createApiKeyRoute,
  revokeApiKeyRoute,
  listAuditLogRoute,
  listJobsRoute,
  getJobRoute,
  loadDemoRoute,
  listCreatorsRoute,
  exportCreatorsRoute,
  creatorFacetsRoute,
  createCreatorRoute,
  getCreatorRoute,
  updateCreatorRoute,
  getVettingRoute,
  decideCreatorRoute,
  dossierRoute,
  uploadFollowerSampleRoute,
  listFollowerSamplesRoute,
  listBackgroundChecksRoute,
  addBackgroundCheckRoute,
  creatorFitRoute,
  getFitTargetRoute,
  putFitTargetRoute,
  listCreatorListsRoute,
  createCreatorListRoute,
  getCreatorListRoute,
  updateCreatorListRoute,
  deleteCreatorListRoute,
  addToShortlistRoute,
  removeFromShortlistRoute,
  exportShortlistRoute,
  refreshCreatorStatsRoute,
  createImportRoute,
  uploadImportFileRoute,
  addPostByUrlRoute,
  pushSnapshotsRoute,
  listCampaignPostsRoute,
  getPostRoute,
  previewImportRoute,
  runImportRoute,
  getImportRoute,
  rejectedRowsRoute,
  listCampaignsRoute,
  kpiSuggestionsRoute,
  createCampaignRoute,
  getCampaignRoute,
  importBundleRoute,
  reimportBundleRoute,
  exportBundleRoute,
  campaignKpisRoute,
  campaignDashboardRoute,
  campaignDashboardExportRoute,
  updateCampaignRoute,
  setCampaignStatusRoute,
  assignCreatorsRoute,
  planMixRoute,
  campaignForecastRoute,
  listCostsRoute,
  createCostRoute,
  updateCostRoute,
  deleteCostRoute,
  getBriefRoute,
  saveBriefRoute,
  createBriefShareLinkRoute,
  getBriefVersionRoute,
  uploadBriefAttachmentRoute,
  downloadBriefAttachmentRoute,
  deleteBriefAttachmentRoute,
  publicBriefRoute,
  publicBriefAttachmentRoute,
  listDeliverablesRoute,
  createDeliverableRoute,
  getDeliverableRoute,
  updateDeliverableRoute,
  changeDeliverableStatusRoute,
  addDraftVersionRoute,
  addDeliverableCommentRoute,
  createReviewLinkRoute,
  listReviewLinksRoute,
  revokeReviewLinkRoute,
  publicReviewRoute,
  publicReviewDecisionRoute,
  publicReviewCommentRoute,
  calendarRoute,
  listNotificationsRoute,
  markNotificationsReadRoute,
  getReminderSettingsRoute,
  updateReminderSettingsRoute,
  listLinksRoute,
  getLinkRoute,
  createLinkRoute,
  updateLinkRoute,
  linkQrRoute,
  linkStatsRoute,
  listUtmPresetsRoute,
  createUtmPresetRoute,
  deleteUtmPresetRoute,
  listPromoCodesRoute,
  generatePromoCodesRoute,
  getSigningKeyRoute,
  rotateSigningKeyRoute,
  getTrackingSettings,
  updateTrackingSettings,
  listConversionEventsRoute,
  pushCommentsRoute,
  listCommentsRoute,
  importCommentsRoute,
  rescoreCommentsRoute,
  campaignSentimentRoute,
  creatorSentimentRoute,
  postSentimentRoute,
  listAlertsRoute,
  changeAlertStatusRoute,
  shareOfVoiceRoute,
  getMentionTargetsRoute,
  updateMentionTargetsRoute,
  listContractsRoute,
  getContractRoute,
  createContractRoute,
  updateContractRoute,
  deleteContractRoute,
  uploadAttachmentRoute,
  downloadAttachmentRoute,
  deleteAttachmentRoute,
  getKpiTreeRoute,
  createKpiTreeNodeRoute,
  updateKpiTreeNodeRoute,
  deleteKpiTreeNodeRoute,
  createSharedReportRoute,
  listSharedReportsRoute,
  revokeSharedReportRoute,
  publicReportRoute,
  unlockReportRoute,
] as AnyRoute[];
