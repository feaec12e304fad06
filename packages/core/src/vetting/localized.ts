/** A short text in both UI languages. Vietnamese is the default UI language. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type Language = keyof LocalizedText;

/** Formats a number for a sentence: Vietnamese uses a decimal comma, English a decimal point. */
export function formatNumber(value: number, digits: number, language: Language): string {
  const fixed = value.toFixed(digits);
  return language === 'vi' ? fixed.replace('.', ',') : fixed;
}

/** Formats a share in [0, 1] as a percentage, e.g. 0.253 → "25,3 %" (vi) / "25.3 %" (en). */
export function formatShare(share: number, language: Language, digits = 1): string {
  return `${formatNumber(share * 100, digits, language)} %`;
}

/** Builds a localized text from one template function applied in each language. */
export function localize(template: (language: Language) => string): LocalizedText {
  return { vi: template('vi'), en: template('en') };
}
