import { foldDiacritics } from '../text/fold';
import type { Random } from './random';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, STAGE_NAME_PREFIXES } from './vocabulary-names';
import { NICHES, type NicheId } from './vocabulary-niches';

export interface CreatorIdentity {
  gender: 'female' | 'male';
  fullName: string;
  /** What the registry shows: the full name, or a stage name (then the notes give the real one). */
  displayName: string;
  isStageName: boolean;
  /** ASCII, lower-case, dot-separated: "linh.an.gi". */
  handleBase: string;
}

const STAGE_SUFFIXES: Record<NicheId, readonly string[]> = {
  beauty: ['Beauty', 'Makeup'],
  food: ['Ăn Gì', 'Đói Bụng', 'Food'],
  fashion: ['Style', 'OOTD'],
  parenting: ['và Bé', 'Nuôi Con'],
  tech: ['Tech', 'Review'],
  travel: ['Đi Đâu', 'Travel'],
  fitness: ['Fitness', 'Gym'],
  gaming: ['Gaming', 'TV'],
  finance: ['Tài Chính', 'Money'],
  education: ['English', 'Dạy Học'],
};

export function asciiWord(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]+/g, '');
}

function femaleShare(niche: NicheId): number {
  const [low, high] = NICHES[niche].female;
  return (low + high) / 2;
}

function handleBase(random: Random, given: string, middle: string, family: string, niche: NicheId): string {
  const g = asciiWord(given);
  const word = random.pick(NICHES[niche].handleWords);
  const year = random.int(88, 105) % 100;
  return random.weighted([
    [`${g}.${word}`, 4],
    [`${asciiWord(middle)}${g}.official`, 2],
    [`${g}_${word.replace(/\./g, '')}`, 2],
    [`${asciiWord(family)}${g}.${word}`, 1],
    [`${asciiWord(middle)}${g}${String(year).padStart(2, '0')}`, 1],
  ]);
}

export function createIdentity(random: Random, niche: NicheId): CreatorIdentity {
  const gender = random.chance(femaleShare(niche)) ? 'female' : 'male';
  const family = random.weighted(FAMILY_NAMES);
  const middle = random.pick(MIDDLE_NAMES[gender]);
  const given = random.pick(GIVEN_NAMES[gender]);
  const fullName = `${family} ${middle} ${given}`;
  const isStageName = random.chance(0.28);
  const displayName = isStageName
    ? random.chance(0.5)
      ? `${random.pick(STAGE_NAME_PREFIXES[gender])} ${given}`
      : `${given} ${random.pick(STAGE_SUFFIXES[niche])}`
    : fullName;
  return {
    gender,
    fullName,
    displayName,
    isStageName,
    handleBase: handleBase(random, given, middle, family, niche),
  };
}
