import { foldPreservingOffsets } from '../text/unicode';

export type Language = 'vi' | 'en' | 'other';

export interface LanguageGuess {
  lang: Language;
  /** 0 … 1: how far the winning evidence outweighs the other language's. */
  confidence: number;
}

const VIETNAMESE_ONLY_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const NON_LATIN_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Greek}\p{Script=Khmer}\p{Script=Lao}]/gu;

/** Frequent Vietnamese syllables, written without diacritics so that unaccented text is recognised. */
const VIETNAMESE_WORDS: ReadonlySet<string> = new Set(
  (
    'la cua va khong ko k co duoc dc nay mot cho nhung voi minh qua rat thi ma roi nha nhe oi em anh chi ' +
    'shop hang san pham sp mua dep tot ngon lam nhieu nhu nen vi de da dang se cung cx ban toi ho chung ' +
    'gi j sao nao day vay z luon nua moi ve trong ngoai len xuong chua het con lai them nhung thay biet ' +
    'giao nhanh chat luong gia tien ship dung thich yeu xau te do bao hay ok oke nhe a u ne ha nhi thoi ' +
    'that su ghe qua tuyet voi binh thuong cam on mn ng nguoi mk mik hok dk'
  ).split(' '),
);

const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    'the and is are was were be been you your i my me we our it its this that these those to of in for ' +
    'with on at by from as but not no so if or what when where who why how just all can will would ' +
    'should could have has had do does did get got love like good great bad best really very much ' +
    'about out up more one there they them their he she his her him an am than then too now new ' +
    'today tomorrow night day time people know think want need going gonna see watch nice cute wow omg ' +
    'amazing awesome beautiful thanks thank lol cool perfect'
  ).split(' '),
);

/** Onsets, vowel nuclei and codas that a Vietnamese syllable (without diacritics) can have. */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnpqrstvx])?(?:uye|uya|uyu|uoi|uou|oai|oay|oeo|ieu|yeu|uay|uoc|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|[aeiouy])(?:ng|nh|ch|[cmnpt])?$/;

/**
 * Vietnamese vs English vs other, from diacritics, frequent words (with or without accents) and how many
 * words are possible Vietnamese syllables. Pure and cheap: meant to run on every comment.
 */
export function detectLanguage(text: string): LanguageGuess {
  const vietnameseLetters = text.match(VIETNAMESE_ONLY_LETTERS)?.length ?? 0;
  const foreignLetters = text.match(NON_LATIN_SCRIPT)?.length ?? 0;
  const words = foldPreservingOffsets(text).match(/[a-z]+/g) ?? [];
  if (foreignLetters > words.length + vietnameseLetters) return { lang: 'other', confidence: 0.9 };
  let vi = vietnameseLetters * 2;
  let en = 0;
  let stopWordHits = 0;
  let syllables = 0;
  for (const word of words) {
    const isVietnameseWord = VIETNAMESE_WORDS.has(word);
    const isEnglishWord = ENGLISH_WORDS.has(word);
    if (isVietnameseWord) vi += 1;
    if (isEnglishWord) en += 1.2;
    if (isVietnameseWord || isEnglishWord) stopWordHits++;
    if (VIETNAMESE_SYLLABLE.test(word)) {
      vi += 0.5;
      syllables++;
    } else if (word.length > 1) en += 0.7;
  }
  const total = vi + en;
  const unrecognised =
    stopWordHits === 0 && vietnameseLetters === 0 && words.length >= 3 && syllables < 0.9 * words.length;
  // A short Latin-script comment that is neither a known word nor a Vietnamese syllable ("nice", "wow") is far
  // likelier English than "no language".
  if (total < 1) return { lang: words.length > 0 && en > vi ? 'en' : 'other', confidence: 0 };
  if (unrecognised) return { lang: 'other', confidence: 0 };
  const lang: Language = vi >= en ? 'vi' : 'en';
  return { lang, confidence: Math.abs(vi - en) / total };
}
