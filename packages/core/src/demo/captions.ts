import { AD_DISCLOSURES, type CampaignBlueprint } from './campaign-blueprints';
import type { Random } from './random';
import { CAPTION_PRICES, CAPTIONS } from './vocabulary-captions';
import type { NicheId } from './vocabulary-niches';
import { CAPTION_PLACES } from './vocabulary-places';

function hashtags(random: Random, pool: readonly string[], count: number): string {
  return random.sample(pool, count).join(' ');
}

export function organicCaption(random: Random, niche: NicheId): string {
  const vocabulary = CAPTIONS[niche];
  const text = random
    .pick(vocabulary.templates)
    .replace('{item}', random.pick(vocabulary.items))
    .replace('{place}', random.pick(CAPTION_PLACES))
    .replace('{price}', random.pick(CAPTION_PRICES));
  return `${text}\n${hashtags(random, vocabulary.hashtags, random.int(2, 4))}`;
}

/** A sponsored caption with the creator's promo code; about one in five forgets the ad disclosure. */
export function campaignCaption(
  random: Random,
  blueprint: CampaignBlueprint,
  promoCode: string,
  niche: NicheId,
): string {
  const text = random.pick(blueprint.captions).replace('{code}', promoCode);
  const tags = [...random.sample(blueprint.hashtags, 2), ...random.sample(CAPTIONS[niche].hashtags, 1)];
  const disclosure = random.chance(0.8)
    ? random.pick(AD_DISCLOSURES).replace('{brandHandle}', blueprint.brandHandle)
    : null;
  const lines = [text, tags.join(' ')];
  if (disclosure) lines.push(disclosure);
  return lines.join('\n');
}
