export { foldDiacritics } from './fold';
