import { type AccountModel, createAccounts } from './accounts';
import type { CreatorPlan } from './cast';
import type { HandleRegistry } from './handles';
import { asciiWord, createIdentity } from './identity';
import type { Random } from './random';
import { rateCardItems, videoFee } from './rate-card';
import { addDays } from './time';
import type { DemoCreator, DemoCreatorStatus } from './types';
import { BIO_CONTACT_LINES, BIOS, CREATOR_NOTES } from './vocabulary-bios';
import { NICHES, SECONDARY_NICHES } from './vocabulary-niches';
import { LOCATIONS } from './vocabulary-places';

export interface CreatorContext {
  status: DemoCreatorStatus;
  /** Worked with the workspace before (a finished campaign). */
  pastCollaborator: boolean;
  /** The creator was added to the registry at least this many days ago (before their first campaign). */
  addedAtLeastDaysAgo: number;
  now: Date;
  followersAt: Date;
}

export interface CreatorModel {
  creator: DemoCreator;
  accounts: AccountModel[];
  /** Main video fee per account key, VND. */
  videoFees: Map<string, number>;
}

const BLOCKED_NOTE = 'Đã huỷ hợp đồng sát ngày đăng bài ở chiến dịch trước, không hợp tác lại.';

function phoneNumber(random: Random): string {
  const prefix = random.pick(['090', '091', '093', '097', '098', '086', '035', '070']);
  return `${prefix}${random.int(1, 9)} ${random.int(100, 999)} ${random.int(100, 999)}`;
}

function notes(
  random: Random,
  plan: CreatorPlan,
  context: CreatorContext,
  realName: string | null,
): string | null {
  const lines: string[] = [];
  if (realName) lines.push(`Tên thật: ${realName}.`);
  if (context.status === 'blocked') lines.push(BLOCKED_NOTE);
  else if (random.chance(0.4)) lines.push(random.pick(CREATOR_NOTES));
  if (plan.flag === 'riskyCaptions')
    lines.push('Kênh có nhận quảng cáo bên thứ ba, cần kiểm tra nội dung cũ trước khi ký.');
  return lines.length > 0 ? lines.join(' ') : null;
}

/** Draws identities until the display name is one no other creator has. */
function uniqueIdentity(random: Random, plan: CreatorPlan, takenNames: Set<string>) {
  let identity = createIdentity(random, plan.niche);
  while (takenNames.has(identity.displayName)) identity = createIdentity(random, plan.niche);
  takenNames.add(identity.displayName);
  return identity;
}

export function createCreator(
  random: Random,
  plan: CreatorPlan,
  handles: HandleRegistry,
  takenNames: Set<string>,
  context: CreatorContext,
): CreatorModel {
  const identity = uniqueIdentity(random, plan, takenNames);
  const location = random.weighted(LOCATIONS);
  const niche = NICHES[plan.niche];
  const accounts = createAccounts(random, plan, identity.handleBase, location, handles, context.followersAt);
  const videoFees = new Map<string, number>();
  const rateCard = accounts.flatMap(({ account }) => {
    const fee = videoFee(random, account.followers, account.tier);
    videoFees.set(account.key, fee);
    return rateCardItems(account.platform, fee, account.tier);
  });
  const email = random.chance(0.75) ? `${asciiWord(identity.handleBase)}.booking@example.com` : null;
  const phone = random.chance(0.5) ? phoneNumber(random) : null;
  const contactLines = BIO_CONTACT_LINES.filter(
    (line) => !(line.includes('{email}') && !email) && !(line.includes('{phone}') && !phone),
  );
  const contact = (contactLines.length > 0 ? random.pick(contactLines) : '📩 Liên hệ hợp tác qua inbox page')
    .replace('{email}', email ?? '')
    .replace('{phone}', phone ?? '');
  const secondNiche = random.chance(0.4) ? NICHES[random.pick(SECONDARY_NICHES[plan.niche])].label : null;
  const tags = random.sample(niche.tags, random.int(2, 3));
  if (plan.tier === 'koc') tags.push('KOC');
  if (context.pastCollaborator) tags.push('đã hợp tác');
  if (random.chance(0.15)) tags.push('livestream bán hàng');
  const languages = ['vi'];
  if (['education', 'travel', 'tech'].includes(plan.niche) && random.chance(0.4)) languages.push('en');
  return {
    creator: {
      key: plan.key,
      name: identity.displayName,
      avatarUrl: null,
      bio: `${random.pick(BIOS[plan.niche]).replace('{city}', location)}\n${contact}`,
      email,
      phone,
      location,
      languages,
      niches: secondNiche && secondNiche !== niche.label ? [niche.label, secondNiche] : [niche.label],
      tags,
      notes: notes(random, plan, context, identity.isStageName ? identity.fullName : null),
      status: context.status,
      rateCard,
      createdAt: addDays(
        context.now,
        -random.int(context.addedAtLeastDaysAgo, context.addedAtLeastDaysAgo + 120),
      ),
    },
    accounts,
    videoFees,
  };
}
