/** Bracketed parts ("(Contractor)", "[Admin]") and an unclosed tail of one say nothing of the person. */
const ENCLOSURES = /[([{][^)\]}]*([)\]}]|$)/g;
/** ASCII punctuation and symbols, and a few Unicode blocks: Fluent's Avatar leaves them out too. */
const UNWANTED = /[!-/:-@[-`{-\u00BF\u0250-\u036F\uE000-\uFFFF]/g;
/** Scripts whose names have no Latin-style initials (Arabic, Hangul, kana, CJK ideographs). */
const UNSUPPORTED =
  /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF\u3040-\u309F\u30A0-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

const firstLetter = (word: string | undefined): string =>
  word ? String.fromCodePoint(word.codePointAt(0) ?? 32).toUpperCase() : '';

/**
 * The initials Fluent's Avatar draws for a display name, by the same rules: the first word's
 * letter and the last word's (of two or three words), nothing in brackets, and none at all for
 * a phone number or a script without initials (the caller shows a person icon then).
 */
export function initialsOf(displayName: string): string {
  const cleaned = displayName
    .replace(ENCLOSURES, (match, closing: string | undefined) => (closing ? '' : match))
    .replace(UNWANTED, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || UNSUPPORTED.test(cleaned) || /^\d[\d\s]*$/.test(cleaned)) return '';
  const words = cleaned.split(' ');
  const last = words.length === 2 || words.length === 3 ? words[words.length - 1] : undefined;
  return firstLetter(words[0]) + firstLetter(last);
}
