/**
 * Function words left out of "driver" terms, written without diacritics (compared with folded tokens).
 * Negators are deliberately absent: "không ngon" is a driver.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  // Vietnamese
  (
    'va la cua cho thi ma nhung voi cac mot nay do de da dang se co o tai trong ra vao len xuong cung nua ' +
    'roi nhe nha a ak oi nhi ha ne vay the minh toi em anh chi ban ho no chung ta ad khi neu vi nen hon ' +
    'rat qua lam nhieu it cai con nhu ay kia day gi sao nao bi duoc tu ve theo sau truoc tren duoi giua ' +
    'moi tung luon van hay hoac ca tat ah u uh um vs ' +
    // English
    'the a an and or but if of to in on at by for with from as is are was were be been being am it its ' +
    'this that these those i me my we our you your he him his she her they them their what which who ' +
    'whom there here so than too very can will just do does did have has had would should could ' +
    'about into over after before up down out off again then once all any both each more most other ' +
    'some such only own same s t don now im'
  )
    .split(' ')
    .filter(Boolean),
);

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
