import { foldDiacritics } from '../text';
import { formatShare, type LocalizedText, localize } from './localized';
import { clamp01, isFiniteNumber } from './numbers';
import { canonicalLocation } from './provinces';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

export type FitComponentId = 'age' | 'gender' | 'location' | 'interests' | 'niche';
export type Gender = 'female' | 'male' | 'other';

export interface AgeBand {
  /** Inclusive ages; `max: null` is an open band such as "65+". */
  min: number;
  max: number | null;
  /** Share of the audience in [0, 1]. */
  share: number;
}

/** Share of the audience at which a component counts as a full fit. */
export const FIT_SATURATION = { age: 0.6, gender: 0.8, location: 0.5 } as const;
const OPEN_BAND_WIDTH = 10;

const LABELS: Record<FitComponentId, { vi: string; en: string }> = {
  age: { vi: 'Độ tuổi', en: 'Age' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  location: { vi: 'Khu vực', en: 'Location' },
  interests: { vi: 'Sở thích', en: 'Interests' },
  niche: { vi: 'Lĩnh vực', en: 'Niche' },
};

const GENDER_TEXT: Record<Gender, LocalizedText> = {
  female: { vi: 'nữ', en: 'women' },
  male: { vi: 'nam', en: 'men' },
  other: { vi: 'giới tính khác', en: 'other genders' },
};

const INVALID_SHARES = {
  vi: 'Dữ liệu tỷ lệ không hợp lệ (mỗi tỷ lệ phải nằm trong 0–1).',
  en: 'Invalid share data (every share must be within 0–1).',
};

export function missingComponent(id: FitComponentId): SignalAssessment<FitComponentId> {
  return notAvailable(id, LABELS[id], 'share', {
    vi: 'Chưa có dữ liệu khán giả của creator cho tiêu chí này.',
    en: 'The creator has no audience data for this criterion.',
  });
}

const validShare = (share: number) => isFiniteNumber(share) && share >= 0 && share <= 1;

function shareComponent(
  id: FitComponentId,
  share: number,
  saturation: number,
  target: LocalizedText,
  note: LocalizedText | null,
  details: Record<string, number | string | null> = {},
): SignalAssessment<FitComponentId> {
  const subscore = clamp01(share / saturation);
  return {
    id,
    label: LABELS[id],
    status: statusFromSubscore(subscore),
    rawValue: share,
    unit: 'share',
    reference: { label: { vi: `Mục tiêu: ${target.vi}`, en: `Target: ${target.en}` }, value: saturation },
    thresholds: { fullFitAt: saturation },
    subscore,
    explanation: localize((language) => {
      const value = formatShare(share, language, 0);
      const full = formatShare(saturation, language, 0);
      const base =
        language === 'vi'
          ? `${value} khán giả thuộc nhóm ${target.vi} (≥ ${full} là phù hợp hoàn toàn).`
          : `${value} of the audience is in ${target.en} (≥ ${full} is a full fit).`;
      return note ? `${base} ${note[language]}` : base;
    }),
    details,
  };
}

function bandOverlap(band: AgeBand, min: number, max: number): number {
  const bandMax = band.max ?? band.min + OPEN_BAND_WIDTH - 1;
  const width = bandMax - band.min + 1;
  const overlap = Math.min(bandMax, max) - Math.max(band.min, min) + 1;
  return width > 0 ? clamp01(overlap / width) : 0;
}

/** Share of the audience inside the target ages; a band partly inside counts pro rata. */
export function ageComponent(bands: readonly AgeBand[], target: { min: number; max: number }) {
  if (bands.some((band) => !validShare(band.share)))
    return notAvailable('age', LABELS.age, 'share', INVALID_SHARES);
  const total = bands.reduce((sum, band) => sum + band.share, 0);
  if (total === 0) return missingComponent('age');
  const inside = bands.reduce((sum, band) => sum + band.share * bandOverlap(band, target.min, target.max), 0);
  const ages = `${target.min}–${target.max}`;
  return shareComponent(
    'age',
    inside / total,
    FIT_SATURATION.age,
    { vi: `${ages} tuổi`, en: `ages ${ages}` },
    null,
  );
}

export function genderComponent(split: Partial<Record<Gender, number>>, targets: readonly Gender[]) {
  const values = Object.values(split);
  if (values.some((share) => !validShare(share))) {
    return notAvailable('gender', LABELS.gender, 'share', INVALID_SHARES);
  }
  const total = values.reduce((sum, share) => sum + share, 0);
  if (total === 0) return missingComponent('gender');
  const inside = targets.reduce((sum, gender) => sum + (split[gender] ?? 0), 0);
  const names = {
    vi: targets.map((gender) => GENDER_TEXT[gender].vi).join(', '),
    en: targets.map((gender) => GENDER_TEXT[gender].en).join(', '),
  };
  return shareComponent('gender', inside / total, FIT_SATURATION.gender, names, null);
}

/** Sum of the shares of listed locations that are target locations (aliases resolved). */
export function locationComponent(
  locations: readonly { name: string; share: number }[],
  targets: readonly string[],
) {
  if (locations.some((location) => !validShare(location.share))) {
    return notAvailable('location', LABELS.location, 'share', INVALID_SHARES);
  }
  const targetIds = new Set(targets.map((target) => canonicalLocation(target).id));
  const listed = locations.reduce((sum, location) => sum + location.share, 0);
  const inside = locations
    .filter((location) => targetIds.has(canonicalLocation(location.name).id))
    .reduce((sum, location) => sum + location.share, 0);
  const partial =
    listed < 0.99
      ? {
          vi: `Chỉ có top khu vực (${formatShare(listed, 'vi', 0)} khán giả) nên đây là giới hạn dưới.`,
          en: `Only top locations are known (${formatShare(listed, 'en', 0)} of the audience), so this is a lower bound.`,
        }
      : null;
  const places = targets.join(', ');
  return shareComponent('location', inside, FIT_SATURATION.location, { vi: places, en: places }, partial, {
    listedShare: listed,
  });
}

/** Accent-, case- and punctuation-insensitive key: "Làm đẹp" = "lam-dep" = "LAM DEP". */
const termKey = (term: string) => foldDiacritics(term).replace(/[^\p{L}\p{N}]+/gu, '');

function matchByKey(have: readonly string[], wanted: readonly string[]): string[] {
  const haveKeys = new Set(have.map(termKey));
  return wanted.filter((item) => haveKeys.has(termKey(item)));
}

/** Share of the target interests (or niches) the creator covers; for niches any match is a full fit. */
export function listComponent(id: 'interests' | 'niche', have: readonly string[], wanted: readonly string[]) {
  const matched = matchByKey(have, wanted);
  const subscore = id === 'niche' ? (matched.length > 0 ? 1 : 0) : matched.length / wanted.length;
  return {
    id,
    label: LABELS[id],
    status: statusFromSubscore(subscore),
    rawValue: matched.length,
    unit: 'count',
    reference: {
      label: { vi: `Mục tiêu: ${wanted.join(', ')}`, en: `Target: ${wanted.join(', ')}` },
      value: wanted.length,
    },
    thresholds: id === 'niche' ? { fullFitAtMatches: 1 } : { fullFitAtMatches: wanted.length },
    subscore,
    explanation: localize((language) => {
      const list = matched.length > 0 ? matched.join(', ') : language === 'vi' ? 'không có' : 'none';
      return language === 'vi'
        ? `Khớp ${matched.length}/${wanted.length} ${LABELS[id].vi.toLowerCase()} mục tiêu: ${list}.`
        : `Matches ${matched.length}/${wanted.length} target ${LABELS[id].en.toLowerCase()}: ${list}.`;
    }),
    details: { matched: matched.join(', ') },
  } satisfies SignalAssessment<FitComponentId>;
}
