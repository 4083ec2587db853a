/** How `ms.translationtype` reads to a person, in the hover, the status bar and the preview alike. */

const TRANSLATION_TYPES: Readonly<Record<string, string>> = {
  HT: 'human translation',
  MT: 'machine translation',
};

/** `HT` → `human translation`; an unknown value is described as itself. */
export function describeTranslationType(translationType: string): string {
  return TRANSLATION_TYPES[translationType.toUpperCase()] ?? `translation type ${translationType}`;
}

/** `HT` → `HT (human translation)`; an unknown value stays as written. */
export function translationTypeWithDescription(translationType: string): string {
  const upper = translationType.toUpperCase();
  return upper in TRANSLATION_TYPES ? `${upper} (${describeTranslationType(upper)})` : translationType;
}
