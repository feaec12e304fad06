import { parseHumanNumber } from '@lantoa/core/spreadsheet';
import type { Platform } from '../../api/types';
import type { CreatorDetail, CreatorStatus } from './creator-api';

export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45+'] as const;
export const AUDIENCE_GENDERS = ['female', 'male', 'other'] as const;
type AudienceGender = (typeof AUDIENCE_GENDERS)[number];

/**
 * Audience shares as typed, in percent ("40" = 40 %); top places as "TP.HCM 30, Hà Nội 20". Age bands are the
 * usual five plus any other band the saved audience has, so saving never drops one.
 */
export interface AudienceDraft {
  ages: Record<string, string>;
  genders: Record<AudienceGender, string>;
  locations: string;
  interests: string;
}

export interface AccountDraft {
  platform: Platform;
  handle: string;
  url: string;
  followers: string;
  audience: AudienceDraft;
}

export interface RateDraft {
  deliverable: string;
  platform: Platform;
  amount: string;
}

export interface CreatorDraft {
  name: string;
  location: string;
  niches: string;
  tags: string;
  languages: string;
  ownerUserId: string;
  email: string;
  phone: string;
  bio: string;
  notes: string;
  accounts: AccountDraft[];
  rateCard: RateDraft[];
}

export interface Audience {
  ageBands?: Partial<Record<string, number>>;
  gender?: Partial<Record<AudienceGender, number>>;
  topLocations?: { name: string; share: number }[];
  interests?: string[];
}

export interface CreatorBody {
  name: string;
  location: string | null;
  niches: string[];
  tags: string[];
  languages: string[];
  ownerUserId: string | null;
  email: string | null;
  phone: string | null;
  bio: string | null;
  notes: string | null;
  accounts: {
    platform: Platform;
    handle: string;
    url: string | null;
    followers: number | null;
    audience: Audience | null;
  }[];
  rateCard: { deliverable: string; platform: Platform; amount: number }[];
  status?: CreatorStatus;
}

/** A problem with a typed value: the field's path (as the API names it) and a message key under creators.form. */
export interface DraftProblem {
  path: string;
  message: 'required' | 'notNumber' | 'notPercent' | 'badLocation';
}

const percent = (share: number | undefined) =>
  share === undefined ? '' : String(Math.round(share * 10_000) / 100).replace('.', ',');

export const emptyAccount = (): AccountDraft => ({
  platform: 'tiktok',
  handle: '',
  url: '',
  followers: '',
  audience: {
    ages: { '13-17': '', '18-24': '', '25-34': '', '35-44': '', '45+': '' },
    genders: { female: '', male: '', other: '' },
    locations: '',
    interests: '',
  },
});

function audienceDraft(audience: Audience | null): AudienceDraft {
  const draft = emptyAccount().audience;
  const bands = new Set<string>([...AGE_BANDS, ...Object.keys(audience?.ageBands ?? {})]);
  for (const band of bands) draft.ages[band] = percent(audience?.ageBands?.[band]);
  for (const gender of AUDIENCE_GENDERS) draft.genders[gender] = percent(audience?.gender?.[gender]);
  draft.locations = (audience?.topLocations ?? []).map((l) => `${l.name} ${percent(l.share)}`).join(', ');
  draft.interests = (audience?.interests ?? []).join(', ');
  return draft;
}

export function draftFromCreator(creator?: CreatorDetail): CreatorDraft {
  return {
    name: creator?.name ?? '',
    location: creator?.location ?? '',
    niches: creator?.niches.join(', ') ?? '',
    tags: creator?.tags.join(', ') ?? '',
    languages: creator?.languages.join(', ') ?? 'vi',
    ownerUserId: creator?.ownerUserId ?? '',
    email: creator?.email ?? '',
    phone: creator?.phone ?? '',
    bio: creator?.bio ?? '',
    notes: creator?.notes ?? '',
    accounts: creator?.accounts.map((account) => ({
      platform: account.platform,
      handle: account.handle,
      url: account.url ?? '',
      followers: account.followers === null ? '' : String(account.followers),
      audience: audienceDraft(account.audience as Audience | null),
    })) ?? [emptyAccount()],
    rateCard: creator?.rateCard.map((item) => ({ ...item, amount: String(item.amount) })) ?? [],
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** "40" / "40 %" / "12,5" → 0.4 / 0.125; empty → undefined; anything else → null (a problem). */
function share(text: string): number | undefined | null {
  const cleaned = text.replace('%', '').trim().replace(',', '.');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : null;
}

function toAudience(draft: AudienceDraft, at: string, problems: DraftProblem[]): Audience | null {
  const audience: Audience = {};
  const shares = <K extends string>(values: Record<K, string>, path: string) => {
    const out: Partial<Record<K, number>> = {};
    for (const [key, text] of Object.entries(values) as [K, string][]) {
      const value = share(text);
      if (value === null) problems.push({ path: `${at}.${path}.${key}`, message: 'notPercent' });
      else if (value !== undefined) out[key] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const ages = shares(draft.ages, 'ageBands');
  if (ages) audience.ageBands = ages;
  const gender = shares(draft.genders, 'gender');
  if (gender) audience.gender = gender;
  const places = list(draft.locations).map((item) => {
    const match = /^(.*?)\s+(\d+(?:[.,]\d+)?)\s*%?$/.exec(item);
    const value = match ? share(match[2] ?? '') : null;
    if (!match || value === null || value === undefined) return null;
    return { name: (match[1] ?? '').trim(), share: value };
  });
  if (places.some((place) => place === null))
    problems.push({ path: `${at}.topLocations`, message: 'badLocation' });
  const topLocations = places.filter((place): place is { name: string; share: number } => place !== null);
  if (topLocations.length > 0) audience.topLocations = topLocations;
  const interests = list(draft.interests);
  if (interests.length > 0) audience.interests = interests;
  return Object.keys(audience).length > 0 ? audience : null;
}

/** The request body for POST / PATCH …/creators, or the problems with the typed values (nothing is guessed). */
export function creatorBody(draft: CreatorDraft): { body: CreatorBody } | { problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (draft.name.trim() === '') problems.push({ path: 'name', message: 'required' });
  const accounts = draft.accounts.map((account, index) => {
    const at = `accounts.${index}`;
    if (account.handle.trim() === '') problems.push({ path: `${at}.handle`, message: 'required' });
    const followers = parseHumanNumber(account.followers);
    if ('error' in followers) problems.push({ path: `${at}.followers`, message: 'notNumber' });
    return {
      platform: account.platform,
      handle: account.handle.trim(),
      url: orNull(account.url),
      followers: 'value' in followers && followers.value !== null ? Math.round(followers.value) : null,
      audience: toAudience(account.audience, `${at}.audience`, problems),
    };
  });
  const rateCard = draft.rateCard.map((item, index) => {
    const amount = parseHumanNumber(item.amount);
    if (!('value' in amount) || amount.value === null)
      problems.push({ path: `rateCard.${index}.amount`, message: 'notNumber' });
    if (item.deliverable.trim() === '')
      problems.push({ path: `rateCard.${index}.deliverable`, message: 'required' });
    return {
      deliverable: item.deliverable.trim(),
      platform: item.platform,
      amount: 'value' in amount && amount.value !== null ? Math.round(amount.value) : 0,
    };
  });
  if (problems.length > 0) return { problems };
  return {
    body: {
      name: draft.name.trim(),
      location: orNull(draft.location),
      niches: list(draft.niches),
      tags: list(draft.tags),
      languages: list(draft.languages),
      ownerUserId: orNull(draft.ownerUserId),
      email: orNull(draft.email),
      phone: orNull(draft.phone),
      bio: orNull(draft.bio),
      notes: orNull(draft.notes),
      accounts,
      rateCard,
    },
  };
}
