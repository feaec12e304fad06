export type { Language, LanguageGuess } from './detect';
export { detectLanguage } from './detect';
