import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './support/corpus';
import { testSpeller } from './support/spellers';
import { checkDocument } from '../../server/src/core/check';
import { parse } from '../../server/src/core/parse';
import { readGlossaryText } from '../../server/src/core/glossary/read';
import { Glossary, textWords } from '../../server/src/core/glossary/glossary';
import { SUFFIX_RULE, inflectionRuleFor } from '../../server/src/core/glossary/inflection';
import type { GlossaryEntry } from '../../server/src/core/glossary/model';

/** Each entry as `source → term (locale, status)` lines, for one exact comparison. */
function summary(entries: readonly GlossaryEntry[]): string[] {
  const described = (target: GlossaryEntry['targets'][number]) =>
    `${target.term} (${target.locale || '*'}, ${target.status})`;
  return entries.map((entry) => `${entry.source} → ${entry.targets.map(described).join(' | ')}`);
}

const TBX_2008_BASIC = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Product terms</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Resetting a forgotten password without the help desk.</descrip>
      <langSet xml:lang="en-US"><tig><term>password reset</term></tig></langSet>
      <langSet xml:lang="et-EE">
        <tig><term>paroolilähtestus</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>parooli lähtestamine</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
        <tig><term>salasõna taastamine</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en"><ntig><termGrp><term>SSPR</term><termNote type="doNotTranslate">yes</termNote></termGrp></ntig></langSet>
    </termEntry>
  </body></text>
</martif>`;

const TBX_2019_CORE = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Product terms</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="en"><termSec><term>reason code</term></termSec></langSec>
      <langSec xml:lang="fi"><termSec><term>syykoodi</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

const TBX_2019_BASIC_DCT = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <text><body>
    <conceptEntry id="c7">
      <basic:translatable>no</basic:translatable>
      <langSec xml:lang="en"><termSec><term>Dataverse</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c8">
      <langSec xml:lang="en"><termSec><term>customer</term></termSec></langSec>
      <langSec xml:lang="cs-CZ">
        <termSec><term>odběratel</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
        <termSec><term>zákazník</term><basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

describe('glossary files', () => {
  test('Should read a CSV glossary: its header, alternatives for one term, locales, statuses and notes', () => {
    const csv = [
      'Source,Target,Locale,Status,Note',
      'tenant,rentnik,et-EE,,',
      'Tenant,üürnik,et-EE,admitted,older articles',
      'tenant,vuokraaja,fi,preferred,',
      'SSPR,,,do-not-translate,',
      'customer,zákazník,cs-CZ,forbidden,use odběratel',
    ].join('\r\n');
    const { entries, problems } = readGlossaryText('terms/product.csv', csv);
    assert.deepEqual(problems, []);
    assert.deepEqual(summary(entries), [
      'tenant → rentnik (et-ee, preferred) | üürnik (et-ee, admitted) | vuokraaja (fi, preferred)',
      'SSPR → SSPR (*, do-not-translate)',
      'customer → zákazník (cs-cz, forbidden)',
    ]);
    const first = entries[0]!;
    assert.deepEqual([first.line, first.note, first.file], [2, 'older articles', 'terms/product.csv']);
  });

  test('Should read RFC 4180 quoting: separators, doubled quotes and line breaks inside quoted fields', () => {
    const csv =
      'source,target,note\n"sign in, then",sisselogimine,"say ""sisse"",\nnot ""sisse logima"""\nfield,väli,\n';
    const { entries, problems } = readGlossaryText('terms.csv', csv);
    assert.deepEqual(problems, []);
    assert.deepEqual(summary(entries), ['sign in, then → sisselogimine (*, preferred)', 'field → väli (*, preferred)']);
    assert.equal(entries[0]!.note, 'say "sisse",\nnot "sisse logima"');
    assert.equal(entries[1]!.line, 4);
  });

  test('Should read TSV by its extension, with commas inside fields left alone', () => {
    const tsv = 'source\ttarget\tlocale\nservice agreement\tteenuseleping, leping\tet-EE\n';
    const { entries, problems } = readGlossaryText('terms/et-EE.tsv', tsv);
    assert.deepEqual(problems, []);
    assert.deepEqual(summary(entries), ['service agreement → teenuseleping, leping (et-ee, preferred)']);
  });

  test('Should report a header without a target column on line 1 and read nothing', () => {
    const { entries, problems } = readGlossaryText('terms.csv', 'source,translation\ntenant,rentnik\n');
    assert.deepEqual(entries, []);
    assert.deepEqual(problems, [
      'terms.csv:1: unknown column "translation"',
      'terms.csv:1: the header row has no "target" column (columns: source, target, locale, status, note)',
    ]);
  });

  test('Should report an unknown status, a bad locale and a missing target at their lines, keeping good rows', () => {
    const csv =
      'source,target,locale,status\ntenant,rentnik,et-EE,prefered\nform,vorm,Estonian,\nfield,,et-EE,\ncolumn,veerg,et-EE,\n';
    const { entries, problems } = readGlossaryText('terms.csv', csv);
    assert.deepEqual(summary(entries), ['column → veerg (et-ee, preferred)']);
    assert.deepEqual(problems, [
      'terms.csv:2: unknown status "prefered"; did you mean "preferred"? (use preferred, admitted, forbidden, do-not-translate); the row is skipped',
      'terms.csv:3: locale "Estonian" is not a BCP 47 tag (such as et-EE); the row is skipped',
      'terms.csv:4: no target term for "field"; only a do-not-translate row may leave it empty; the row is skipped',
    ]);
  });

  test('Should report a quote that is never closed at the line it opens', () => {
    const { entries, problems } = readGlossaryText(
      'terms.csv',
      'source,target\ntenant,rentnik\n"field,väli\nform,vorm\n',
    );
    assert.deepEqual(entries, []);
    assert.deepEqual(problems, ['terms.csv:3: a quoted field is never closed (a `"` is missing)']);
  });

  test('Should report an empty glossary file', () => {
    assert.deepEqual(readGlossaryText('terms.csv', '').problems, [
      'terms.csv: empty; a glossary needs a header row (source, target…)',
    ]);
  });

  test('Should read TBX 2008 TBX-Basic: tig, ntig, the three statuses, a do-not-translate mark, a definition', () => {
    const { entries, problems } = readGlossaryText('terms/product.tbx', TBX_2008_BASIC);
    assert.deepEqual(problems, []);
    assert.deepEqual(summary(entries), [
      'password reset → paroolilähtestus (et-ee, preferred) | parooli lähtestamine (et-ee, admitted) | salasõna taastamine (et-ee, forbidden)',
      'SSPR → SSPR (*, do-not-translate)',
    ]);
    assert.equal(entries[0]!.note, 'Resetting a forgotten password without the help desk.');
  });

  test('Should read TBX 2019 TBX-Core in the DCA style, terms without a status being preferred', () => {
    const { entries, problems } = readGlossaryText('terms.tbx', TBX_2019_CORE);
    assert.deepEqual(problems, []);
    assert.deepEqual(summary(entries), ['reason code → syykoodi (fi, preferred)']);
  });

  test('Should read TBX 2019 TBX-Basic in the DCT style: prefixed statuses, an entry not to translate', () => {
    const { entries, problems } = readGlossaryText('terms.tbx', TBX_2019_BASIC_DCT);
    assert.deepEqual(problems, []);
    assert.deepEqual(summary(entries), [
      'Dataverse → Dataverse (*, do-not-translate)',
      'customer → odběratel (cs-cz, preferred) | zákazník (cs-cz, forbidden)',
    ]);
  });

  test('Should report malformed XML with its line and read nothing', () => {
    const broken = TBX_2019_CORE.replace('<term>syykoodi</term>', '<term>syykoodi</termx>');
    const { entries, problems } = readGlossaryText('terms.tbx', broken);
    assert.deepEqual(entries, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^terms\.tbx:7:\d+: .+: not well-formed XML$/);
  });

  test('Should refuse a DOCTYPE that declares entities, so that a billion laughs cannot stall the reader', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE martif [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, level) => ` <!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`),
      ']>',
      '<martif xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>',
    ].join('\n');
    const { entries, problems } = readGlossaryText('laughs.tbx', laughs);
    assert.deepEqual(entries, []);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /^laughs\.tbx:\d+: a DOCTYPE with an internal subset \(entity declarations\) is not accepted in a glossary$/,
    );
  });

  test('Should report an undeclared entity, an unknown status and a root that is not TBX', () => {
    const entity = readGlossaryText('a.tbx', TBX_2019_CORE.replace('syykoodi', '&syy;'));
    assert.match(entity.problems[0]!, /^a\.tbx:7:\d+: undefined entity: not well-formed XML$/);
    const status = TBX_2008_BASIC.replace('admittedTerm-admn-sts', 'allowed');
    assert.deepEqual(readGlossaryText('b.tbx', status).problems, [
      'b.tbx:11: unknown administrativeStatus "allowed" (use preferredTerm-admn-sts, admittedTerm-admn-sts or deprecatedTerm-admn-sts)',
    ]);
    assert.deepEqual(readGlossaryText('c.tbx', '<glossary><entry/></glossary>'), {
      entries: [],
      problems: ['c.tbx:1: the root element is <glossary>, not <martif> (TBX 2008) or <tbx> (TBX 2019)'],
    });
  });

  test('Should read the sample glossaries the README shows without a problem', () => {
    const read = (name: string) =>
      readGlossaryText(name, readFileSync(join(repositoryRoot, 'samples/terms', name), 'utf8'));
    const csv = read('et-EE.csv');
    const tbx = read('product.tbx');
    assert.deepEqual([...csv.problems, ...tbx.problems], []);
    assert.deepEqual(summary(tbx.entries), [
      'admin → administraator (et, preferred) | järjestelmänvalvoja (fi, preferred)',
      'Azure Active Directory → Azure Active Directory (*, do-not-translate)',
    ]);
    assert.equal(csv.entries.length, 3);
  });

  test('Should not read a glossary larger than the cap', () => {
    const { entries, problems } = readGlossaryText('huge.csv', `source,target\n${'a,b\n'.repeat(5_000_001)}`);
    assert.deepEqual(entries, []);
    assert.deepEqual(problems, ['huge.csv: larger than 20 million characters; not read as a glossary']);
  });
});

describe('glossary matching', () => {
  const csv = [
    'source,target,locale',
    'Azure Active Directory,Azure Active Directory,',
    'Active Directory,Active Directory,',
    'reason code,põhjusekood,et-EE',
  ].join('\n');
  const glossary = new Glossary(readGlossaryText('terms.csv', csv).entries);

  test('Should find source terms case-insensitively, across any whitespace, the longest where terms overlap', () => {
    const compiled = glossary.forLocale('et-ee');
    const source = textWords('Sign in to azure active\n  directory, then add a REASON  CODE.', 'en');
    const found = compiled.sourceTermsIn(source);
    assert.deepEqual(found.map((match) => match.term.entry.source), ['Azure Active Directory', 'reason code']);
  });

  test('Should not find a source term inside a longer word', () => {
    const compiled = glossary.forLocale('et-ee');
    assert.deepEqual(compiled.sourceTermsIn(textWords('Treason codes need seasonal reasoning', 'en')), []);
  });

  test('Should choose the inflection rule by language: endings in Finnic and Slavic, particles in Arabic and Hebrew', () => {
    assert.equal(inflectionRuleFor('et-ee'), SUFFIX_RULE);
    assert.equal(inflectionRuleFor('ru-ru'), SUFFIX_RULE);
    // "Invoice" with its particles, as the ar-SA and he-IL fixtures write it.
    for (const form of ['الفاتورة', 'لفاتورة', 'للفاتورة'])
      assert.ok(inflectionRuleFor('ar-sa').matches('فاتورة', form));
    for (const form of ['החשבונית', 'בחשבונית', 'לחשבונית'])
      assert.ok(inflectionRuleFor('he-il').matches('חשבונית', form));
    assert.ok(!inflectionRuleFor('en-gb').matches('tenant', 'tenants'));
    assert.ok(inflectionRuleFor('de-de').matches('mandant', 'mandanten'));
  });

  test('Should match inflected forms of Estonian, Finnish, Polish, Czech and Russian terms as the corpus has them', () => {
    const forms: [string, string][] = [
      ['väli', 'väljal'],
      ['vorm', 'vormis'],
      ['mallkooslus', 'mallkoosluste'],
      ['põhjusekood', 'põhjusekoodide'],
      ['työntekijä', 'työntekijöiden'],
      ['salasana', 'salasanan'],
      ['toimityyppi', 'toimityyppejä'],
      ['pole', 'polu'],
      ['zamówienie', 'zamówień'],
      ['dyrektywa', 'dyrektywę'],
      ['zásada', 'zásadě'],
      ['objednávka', 'objednávkami'],
      ['раздел', 'разделом'],
      ['окно', 'окне'],
      ['повторяющийся', 'повторяющимся'],
      ['поток', 'потоки'],
    ];
    for (const [term, word] of forms) assert.ok(SUFFIX_RULE.matches(term, word), `${term} → ${word}`);
  });

  test('Should not take the unrelated words of the corpus that share the start of a short term for its forms', () => {
    const unrelated: [string, string][] = [['поток', 'потеряны'], ['поток', 'потерю'], ['pracy', 'prawo']];
    for (const [term, word] of unrelated) assert.ok(!SUFFIX_RULE.matches(term, word), `${term} ↛ ${word}`);
  });

  test('Should match a term word of one or two letters only as it is, since it has no ending to tell', () => {
    assert.ok(SUFFIX_RULE.matches('it', 'it'));
    assert.ok(!SUFFIX_RULE.matches('it', 'ita'));
    assert.ok(!SUFFIX_RULE.matches('c', 'cs'));
  });

  test('Should find a Japanese term only where the segmenter puts word breaks on both sides', () => {
    const entries = readGlossaryText('ja.csv', 'source,target,locale\nguest,ゲスト,ja-JP\n').entries;
    const japanese = new Glossary(entries).forLocale('ja-jp');
    const term = japanese.sourceTerms[0]!.approved[0]!;
    const text = 'ゲストのアクセスを表示する';
    assert.deepEqual(japanese.findInTarget(term, textWords(text, 'ja-jp')), { start: 0, end: 3 });
    assert.equal(japanese.findInTarget(term, textWords('ゲストハウス', 'ja-jp')), undefined);
  });
});

describe('glossaries and spelling', () => {
  test('Should take glossary terms as known words: spelling does not flag a term the dictionary lacks', () => {
    const text = [
      '---',
      'title: Zadanie',
      'ms.contentlocale: pl-PL',
      'ms.translationtype: HT',
      '---',
      '<span data-ttu-id="d7758-130">Uruchom zadanie wsadowo.</span><span class="sxs-lookup"><span data-stu-id="d7758-130">Run the job as a batch.</span></span>',
    ].join('\n');
    const spellers = (locale: string) => testSpeller(locale);
    const spellingOf = (config: Parameters<typeof checkDocument>[1]) =>
      checkDocument(parse(text), config, { spellers })
        .filter((diagnostic) => diagnostic.code === 'spelling')
        .map((diagnostic) => diagnostic.message);
    assert.deepEqual(spellingOf({ rules: {} }), ['"wsadowo" is not in the pl dictionary.']);
    const glossary = new Glossary(readGlossaryText('terms.csv', 'source,target,locale\nbatch,wsadowo,pl-PL\n').entries);
    assert.deepEqual(spellingOf({ rules: {}, glossary }), []);
  });
});
