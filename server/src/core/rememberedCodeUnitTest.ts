/**
 * A Unicode class test (`\p{L}`, a script) on single UTF-16 code units, remembered per code unit: the readers ask it
 * for most characters of every unit, and a regular expression per character costs more than the rest of their work.
 */
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/**
 * `test(code)` answers `pattern.test(String.fromCharCode(code))`, running the expression once per code unit met.
 * A lone surrogate is tested as itself, as the expression would see it.
 */
export function rememberedCodeUnitTest(pattern: RegExp): (code: number) => boolean {
  const answers = new Uint8Array(0x10000);
  return (code) => {
    let known = answers[code]!;
    if (known === UNKNOWN) {
      known = pattern.test(String.fromCharCode(code)) ? YES : NO;
      answers[code] = known;
    }
    return known === YES;
  };
}
