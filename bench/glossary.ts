/**
 * How the glossary's inflection rule for Finnic, Baltic, Slavic and similar languages (core/glossary/inflection.ts)
 * does on the corpus, printed as one JSON line: with the realistic glossary test/fixtures/glossaries/corpus-terms.csv
 * (terms that occur in the corpus's et-EE, fi-FI, pl-PL, cs-CZ and ru-RU articles), for each setting of the rule's
 * parameters, the units whose source holds a term and how many of their targets the rule finds an approved
 * translation in, and every distinct target word each term's words match anywhere in the locale's articles (which
 * docs/rules/glossary-term.md sorts into inflected forms and unrelated words).
 *
 * Then the cost: the whole check of every corpus article (all rules) without a glossary, with the corpus glossary,
 * and with a large one (every distinct English word of the corpus's sources as a term of every locale, so most
 * units hold dozens of terms), best of five alternating rounds; and the time to read the large one and to compile
 * it for a locale (best of five).
 * Run through `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../server/src/core/parse';
import { readGlossaryText } from '../server/src/core/glossary/read';
import { Glossary, textWords } from '../server/src/core/glossary/glossary';
import { CHANGED_LETTERS, ADDED_LETTERS, KEPT_LETTERS, suffixRule } from '../server/src/core/glossary/inflection';
import { unitPairs } from '../server/src/core/rules/translation/unitText';
import { checkDocument } from '../server/src/core/check';
import type { BilingualDocsConfig } from '../server/src/core/config';
import { spacedWordsOf } from '../server/src/core/rules/translation/words';

const root = resolve(__dirname, '../..');
const corpus = resolve(root, '../shared/corpus');
const LOCALES = ['et-EE', 'fi-FI', 'pl-PL', 'cs-CZ', 'ru-RU'];
const glossaryFile = join(root, 'test/fixtures/glossaries/corpus-terms.csv');
const { entries } = readGlossaryText('corpus-terms.csv', readFileSync(glossaryFile, 'utf8'));
const glossary = new Glossary(entries);

function articlesOf(locale: string): string[] {
  const folders = [join(corpus, 'real', locale), join(corpus, 'seeds')];
  return folders.filter(existsSync).flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md') && (folder.endsWith(locale) || name.startsWith(`${locale}__`)))
      .map((name) => readFileSync(join(folder, name), 'utf8')),
  );
}

const settings = [
  [0, 0, 4], [0, 3, 4], [1, 3, 4], [1, 5, 4], [2, 5, 4], [2, 4, 4], [2, 6, 4], [3, 5, 4], [2, 5, 3], [2, 5, 5],
  [CHANGED_LETTERS, ADDED_LETTERS, KEPT_LETTERS],
];
const figures: Record<string, unknown> = {};
const units = LOCALES.flatMap((locale) =>
  articlesOf(locale).flatMap((text) => unitPairs(parse(text)).map((pair) => ({ locale, pair }))),
);
for (const [changed, added, kept] of settings) {
  const rule = suffixRule(changed!, added!, kept!);
  const key = `changed ${changed}, added ${added}, kept ${kept}`;
  let withTerm = 0;
  let found = 0;
  const forms: Record<string, Set<string>> = {};
  const missed: string[] = [];
  for (const { locale, pair } of units) {
    const compiled = glossary.forLocale(locale.toLowerCase());
    const target = textWords(pair.targetProse.text, locale.toLowerCase());
    for (const word of new Set(target.lower)) {
      for (const term of compiled.sourceTerms) {
        for (const approved of term.approved) {
          for (const termWord of approved.words) {
            if (word === termWord || !rule.matches(termWord, word)) continue;
            (forms[`${locale} ${termWord}`] ??= new Set()).add(word);
          }
        }
      }
    }
    for (const match of compiled.sourceTermsIn(textWords(pair.sourceProse.text, 'en'))) {
      withTerm++;
      const hit = match.term.approved.some((approved) => {
        const count = approved.words.length;
        for (let index = 0; index + count <= target.lower.length; index++) {
          const matchesHere = (termWord: string, offset: number) =>
            rule.matches(termWord, target.lower[index + offset]!);
          if (approved.words.every(matchesHere)) return true;
        }
        return false;
      });
      if (hit) found++;
      else missed.push(`${locale} ${match.term.entry.source}: ${pair.target.slice(0, 90)}`);
    }
  }
  figures[key] = {
    unitsWithTerm: withTerm,
    translationFound: found,
    ...(key.endsWith(`${KEPT_LETTERS}`) && changed === CHANGED_LETTERS && added === ADDED_LETTERS ? { missed } : {}),
    forms: Object.fromEntries(Object.entries(forms).map(([term, words]) => [term, [...words].sort().join(' ')])),
  };
}
const allArticles = readdirSync(join(corpus, 'real')).flatMap((locale) =>
  readdirSync(join(corpus, 'real', locale)).map((name) =>
    parse(readFileSync(join(corpus, 'real', locale, name), 'utf8')),
  ),
);
const sourceWords = new Set<string>();
for (const document of allArticles) {
  for (const pair of unitPairs(document)) {
    for (const word of spacedWordsOf(pair.sourceProse.text)) {
      if (/^\p{Ll}{4,}$/u.test(word.text)) sourceWords.add(word.text);
    }
  }
}
const largeCsv = ['source,target', ...[...sourceWords].map((word) => `${word},${word}ta`)].join('\n');
let started = performance.now();
const largeGlossary = new Glossary(readGlossaryText('large.csv', largeCsv).entries);
const readMs = performance.now() - started;
let compileMs = Infinity;
for (let round = 0; round < 5; round++) {
  const fresh = new Glossary(largeGlossary.entries);
  started = performance.now();
  fresh.forLocale('et-ee');
  compileMs = Math.min(compileMs, performance.now() - started);
}
const configs: Record<string, BilingualDocsConfig> = {
  none: { rules: {} },
  corpusTerms: { rules: {}, glossary },
  large: { rules: {}, glossary: largeGlossary },
};
const best: Record<string, number> = {};
for (let round = 0; round < 5; round++) {
  for (const [name, config] of Object.entries(configs)) {
    started = performance.now();
    for (const document of allArticles) checkDocument(document, config);
    best[name] = Math.min(best[name] ?? Infinity, performance.now() - started);
  }
}
const round1 = (value: number): number => Math.round(value * 10) / 10;
figures['cost'] = {
  articles: allArticles.length,
  units: allArticles.reduce((sum, document) => sum + document.units.length, 0),
  largeGlossaryTerms: sourceWords.size,
  largeReadMs: round1(readMs),
  largeCompileOneLocaleMsBestOf5: round1(compileMs),
  checkAllMsBestOf5: Object.fromEntries(Object.entries(best).map(([name, ms]) => [name, round1(ms)])),
};
console.log(JSON.stringify(figures));
