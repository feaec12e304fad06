import type { CampaignBlueprint } from './campaign-blueprints';
import { campaignEnd, campaignStart } from './campaigns';
import type { PostModel } from './posts';
import type { Random } from './random';
import { addDays, DAY_MS, HOUR_MS } from './time';
import type { DemoConversion, DemoConversionStatus } from './types';

/** A creator's published campaign posts and the clicks they had at their latest snapshot. */
export interface CreatorDelivery {
  creatorKey: string;
  posts: PostModel[];
  clicks: number;
  /** Trust by tier; bought engagement converts poorly. */
  conversionMultiplier: number;
}

const MAX_ORDERS_PER_CREATOR = 600;
const UNATTRIBUTED_SHARE = 0.06;
const REFUND_SHARE = 0.025;

function status(
  random: Random,
  blueprint: CampaignBlueprint,
  occurredAt: Date,
  now: Date,
): DemoConversionStatus {
  if (blueprint.status === 'completed') return random.chance(0.96) ? 'approved' : 'reversed';
  const recent = now.getTime() - occurredAt.getTime() < 5 * DAY_MS;
  return random.weighted(
    recent
      ? [
          ['pending', 55],
          ['approved', 42],
          ['reversed', 3],
        ]
      : [
          ['approved', 92],
          ['reversed', 4],
          ['pending', 4],
        ],
  );
}

interface EventLog {
  events: Omit<DemoConversion, 'key'>[];
  /** Order numbers grow with gaps, as in a shop that also sells elsewhere. */
  nextNumber(gap: number): number;
}

function addOrder(
  random: Random,
  log: EventLog,
  blueprint: CampaignBlueprint,
  creatorKey: string | null,
  occurredAt: Date,
  now: Date,
) {
  const amount = random.pick(blueprint.basket) * (random.chance(0.1) ? 2 : 1);
  const customerType = random.chance(0.78) ? 'new' : 'returning';
  const externalId = `${blueprint.promoPrefix}-${log.nextNumber(random.int(1, 7))}`;
  const orderStatus = status(random, blueprint, occurredAt, now);
  const base = { campaignKey: blueprint.key, creatorKey, customerType, amount } as const;
  log.events.push({ ...base, type: 'sale', status: orderStatus, externalId, occurredAt });
  const refundAt = addDays(occurredAt, random.int(2, 10));
  if (orderStatus === 'approved' && random.chance(REFUND_SHARE) && refundAt.getTime() <= now.getTime()) {
    log.events.push({
      ...base,
      type: 'refund',
      status: 'approved',
      externalId: `${externalId}-HOAN`,
      occurredAt: refundAt,
    });
  }
}

/** One creator's orders and leads, from their own random stream so other creators' data cannot shift them. */
function creatorEvents(
  random: Random,
  log: EventLog,
  blueprint: CampaignBlueprint,
  delivery: CreatorDelivery,
  window: number,
  now: Date,
) {
  const orders = Math.round(
    delivery.clicks * random.float(...blueprint.orderRate) * delivery.conversionMultiplier,
  );
  const leads = Math.round(delivery.clicks * random.float(...blueprint.leadRate));
  const after = (post: PostModel) => post.post.publishedAt.getTime() + random.logNormal(30, 1) * HOUR_MS;
  let placed = 0;
  for (let index = 0; index < Math.min(orders, MAX_ORDERS_PER_CREATOR); index += 1) {
    const time = after(random.pick(delivery.posts));
    if (time > window) continue;
    addOrder(random, log, blueprint, delivery.creatorKey, new Date(time), now);
    placed += 1;
  }
  for (let index = 0; index < Math.min(leads, MAX_ORDERS_PER_CREATOR); index += 1) {
    const time = after(random.pick(delivery.posts));
    if (time > window) continue;
    const leadStatus = now.getTime() - time < 3 * DAY_MS && random.chance(0.3) ? 'pending' : 'approved';
    const externalId = `${blueprint.promoPrefix}-L${log.nextNumber(1)}`;
    const base = {
      campaignKey: blueprint.key,
      creatorKey: delivery.creatorKey,
      amount: 0,
      customerType: null,
    };
    log.events.push({ ...base, type: 'lead', status: leadStatus, externalId, occurredAt: new Date(time) });
  }
  return placed;
}

/**
 * Orders and leads as events over the campaign (and a week after it), attributed to the creator whose post
 * drove them: approved orders ≈ clicks × the blueprint's order rate × the creator's trust. A few orders come
 * in without a code (no creator), a few are reversed, and some approved orders are refunded days later.
 */
export function createConversions(
  random: Random,
  blueprint: CampaignBlueprint,
  deliveries: readonly CreatorDelivery[],
  now: Date,
) {
  const window = Math.min(addDays(campaignEnd(blueprint, now), 7).getTime(), now.getTime() - 5 * 60_000);
  let sequence = 100_000;
  const log: EventLog = {
    events: [],
    nextNumber: (gap) => {
      sequence += gap;
      return sequence;
    },
  };
  let attributed = 0;
  for (const delivery of deliveries) {
    attributed += creatorEvents(random.fork(delivery.creatorKey), log, blueprint, delivery, window, now);
  }
  const unattributed = random.fork('unattributed');
  const start = campaignStart(blueprint, now).getTime();
  for (let index = 0; index < Math.round(attributed * UNATTRIBUTED_SHARE); index += 1) {
    addOrder(
      unattributed,
      log,
      blueprint,
      null,
      new Date(start + unattributed.next() * (window - start)),
      now,
    );
  }
  log.events.sort((left, right) => left.occurredAt.getTime() - right.occurredAt.getTime());
  return log.events.map((event, index) => ({
    key: `${blueprint.key}-conv-${String(index + 1).padStart(4, '0')}`,
    ...event,
  }));
}
