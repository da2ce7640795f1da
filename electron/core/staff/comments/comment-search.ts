/**
 * Search as staff expect it: "kahvi" finds "Kahvi", "cafe" finds "café". Case and accents are
 * set aside, but å, ä and ö are letters of their own in Finnish and Swedish, not an a or an o
 * with a mark: "ä" finds "ä" and "a" does not.
 */
const ownLetters = new Set(['å', 'ä', 'ö']);

export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC').toLocaleLowerCase('fi')) {
    folded += ownLetters.has(char) ? char : char.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return folded;
}

/** A test for one search: every comment matches an empty one. */
export function commentMatcher(search: string): (text: string) => boolean {
  const wanted = foldForSearch(search.trim());
  if (wanted === '') return () => true;
  return (text) => foldForSearch(text).includes(wanted);
}
