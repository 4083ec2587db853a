/**
 * Whether a value is a BCP 47 language tag (RFC 5646, section 2.1), written out rather than left to `Intl`,
 * whose answer depends on the ICU data a runtime ships with and which accepts some tags RFC 5646 does not.
 *
 * One step stricter than the syntax: the primary language subtag must have two or three letters. The syntax also
 * allows four to eight, but those are reserved and none is registered, so a value such as `Estonian` is a
 * language's name, not its tag.
 */

const ALPHANUM = '[a-z0-9]';
const LANGUAGE = '[a-z]{2,3}(?:-[a-z]{3}){0,3}';
const SCRIPT = '(?:-[a-z]{4})?';
const REGION = '(?:-(?:[a-z]{2}|[0-9]{3}))?';
const VARIANTS = `(?:-(?:${ALPHANUM}{5,8}|[0-9]${ALPHANUM}{3}))*`;
const EXTENSIONS = `(?:-[0-9a-wy-z](?:-${ALPHANUM}{2,8})+)*`;
const PRIVATE_USE = `(?:-x(?:-${ALPHANUM}{1,8})+)?`;
const LANGTAG = `${LANGUAGE}${SCRIPT}${REGION}${VARIANTS}${EXTENSIONS}${PRIVATE_USE}`;
const PRIVATE_ONLY = `x(?:-${ALPHANUM}{1,8})+`;
const GRANDFATHERED = [
  'en-gb-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo',
  'i-pwn', 'i-tao', 'i-tay', 'i-tsu', 'sgn-be-fr', 'sgn-be-nl', 'sgn-ch-de', 'art-lojban', 'cel-gaulish',
  'no-bok', 'no-nyn', 'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang',
].join('|');

const WELL_FORMED = new RegExp(`^(?:${LANGTAG}|${PRIVATE_ONLY}|${GRANDFATHERED})$`, 'i');

/** Tags are short; anything longer than this is not a locale whatever its shape. */
const MAX_LENGTH = 100;

export function isWellFormedLanguageTag(tag: string): boolean {
  return tag.length <= MAX_LENGTH && WELL_FORMED.test(tag);
}

/** A repair to suggest for common slips (`et_EE`, ` et-EE `), when it gives a well-formed tag. */
export function suggestedLanguageTag(tag: string): string | undefined {
  const repaired = tag.trim().replace(/_/g, '-');
  return repaired !== tag && isWellFormedLanguageTag(repaired) ? repaired : undefined;
}
