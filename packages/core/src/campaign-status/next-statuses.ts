export const CAMPAIGN_STATUSES = ['draft', 'planned', 'live', 'completed', 'archived'] as const;
export type CampaignStatusName = (typeof CAMPAIGN_STATUSES)[number];

/** Statuses a campaign may move to from each status (archived campaigns can be restored to draft). */
export const NEXT_STATUSES: Readonly<Record<CampaignStatusName, readonly CampaignStatusName[]>> = {
  draft: ['planned', 'live', 'archived'],
  planned: ['draft', 'live', 'archived'],
  live: ['completed', 'planned', 'archived'],
  completed: ['live', 'archived'],
  archived: ['draft'],
};

/** The statuses a status picker offers: the current one first, then the moves allowed from it. */
export function statusChoices(current: CampaignStatusName): CampaignStatusName[] {
  return CAMPAIGN_STATUSES.filter((status) => status === current || NEXT_STATUSES[current].includes(status));
}
