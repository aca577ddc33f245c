/**
 * Whether a word starts with an upper-case letter. ASCII is decided from the character code (the
 * usual case, read once per word of every paragraph and of every topic chunk); anything else by
 * the Unicode `Lu` class. An empty string does not.
 */
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : /^\p{Lu}/u.test(word);
}
