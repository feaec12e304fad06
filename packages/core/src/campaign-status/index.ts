export { CAMPAIGN_STATUSES, type CampaignStatusName, NEXT_STATUSES, statusChoices } from './next-statuses';
