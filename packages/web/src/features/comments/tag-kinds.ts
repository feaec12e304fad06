export const TAG_KINDS = [
  'price_question',
  'availability',
  'where_to_buy',
  'shipping',
  'inbox',
  'link',
  'order',
  'too_expensive',
  'counterfeit',
  'distrust',
  'exaggerated_ad',
  'scam',
  'poor_quality',
  'url',
  'phone',
  'advertising',
  'follow_for_follow',
  'seeding_ring',
] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export function isTagKind(kind: string): kind is TagKind {
  return (TAG_KINDS as readonly string[]).includes(kind);
}
