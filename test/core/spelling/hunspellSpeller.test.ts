import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadSpeller } from '../../../server/src/core/spelling/loadSpeller';
import { HunspellSpeller } from '../../../server/src/core/spelling/hunspellSpeller';
import { dictionaryFolder, testSpeller } from '../support/spellers';

/**
 * Words with the verdict of Hunspell 1.7.1 itself (`hunspell -l` with the same .aff and .dic): forms that its
 * `unmunch` made from stems picked at random, and the same forms with a letter changed, left out or added. Before
 * these were fixed, the checker agreed with Hunspell on all of 4,469 Estonian, 6,235 Latvian and 796 Greek such
 * words, but for 5 Latvian abbreviations written with their final dot, which no word of a text is.
 */
const HUNSPELL_VERDICTS: Readonly<Record<string, { known: string[]; unknown: string[] }>> = {
  et: {
    known: [
      'masinlikumatele', 'töölikkudenagi', 'tonditatamatunigi', 'krahhi', 'müstifitseerivatelgi', 'veematuile',
      'süttitavuseltki', 'veendusega', 'totalitaarsuseitagi', 'ergumustelgi', 'veendagu', 'aluseta',
      // compounds of words with the COMPOUNDFLAG, the last one inflected
      'kasutajakonto', 'kasutajakontoga', 'paroolid',
    ],
    unknown: [
      'matkitavuseitki', 'vegetatiivseimaistkli', 'ülimfsekesigi', 'vegutatiivsemaiga', 'tormtsusekesisse',
      'lkipsikesisse', 'müstifitseeritauas', 'lredamatuteltki', 'võrduvusõtetagi', 'tondäitavatetagi',
    ],
  },
  lv: {
    known: [
      'neeksperimentēja', 'urīnviela', 'ieskrapstēdami', 'nesaklapēs', 'pārhermetizē', 'čurāšoties', 'bikšainie',
      'Teofiliņus', 'politiķa', 'neiesacījušās', 'uzjokoju', 'nedrukājāties', 'principāla', 'triecienaviāciju',
      // a circumfix (`jā-` … `-ej`, the whole stem stripped: FULLSTRIP), a prefix with two suffixes, a superlative
      'jāej', 'nemizošanā', 'vislabākais', 'lietotājiem',
    ],
    unknown: [
      'nenenoliesinu', 'nedrukājit', 'palīgrdaktoriem', 'visnogulsnītēm', 'jānenoliesināties', 'pabjāt',
      'izvndījušos', 'vispakārdināt', 'ķnepabojādama',
      // a stem with NEEDAFFIX, which is no word without an ending; a circumfix's prefix without its suffix
      'aizrāpt', 'jālabākais',
    ],
  },
  el: {
    known: [
      'διαπιστώσεις', 'προαγόρασες', 'ορφανεύσανε', 'αντιαναπτυξιακή', 'καρπωτής', 'προπενίου', 'μουτρωμένη',
      'πυγμαχούμε', 'πολέμαρχε', 'ακτινογραφούνταν', 'Νάγιδε', 'δροσολογήσεις', 'διακηρυττόμενο',
    ],
    unknown: [
      'γλωσσομαθέστατν', 'νακριού', 'περιπαιχτικότατ', 'νεκρανασταγίνουν', 'κραυγαζόμυνου', 'σκαλίζεκται',
      'αποθεωτικγό', 'διασυνετικό',
    ],
  },
};

describe('Hunspell speller', () => {
  for (const [language, { known, unknown }] of Object.entries(HUNSPELL_VERDICTS)) {
    test(`Should give Hunspell's own verdicts on ${language} words, with the real .aff and .dic files`, () => {
      const speller = testSpeller(language)!;
      assert.deepEqual(known.filter((word) => !speller.isKnown(word)), []);
      assert.deepEqual(unknown.filter((word) => speller.isKnown(word)), []);
    });
  }

  test('Should accept a known word with a capital first letter, and a name only with its capital', () => {
    const latvian = testSpeller('lv-LV')!;
    assert.equal(latvian.isKnown('Lietotājiem'), true);
    assert.equal(latvian.isKnown('teofiliņus'), false);
    assert.equal(testSpeller('el-GR')!.isKnown('Χρήστης'), true);
  });

  test('Should suggest the word a slip came from first, with the capital kept', () => {
    assert.equal(testSpeller('et-EE')!.suggest('kasutjaa', 5)[0], 'kasutaja');
    assert.equal(testSpeller('lv-LV')!.suggest('Lietotjāiem', 5)[0], 'Lietotājiem');
    assert.equal(testSpeller('el-GR')!.suggest('χρήτσης', 5)[0], 'χρήστης');
  });

  test('Should offer words the dictionary has before compounds of odd parts, in Estonian', () => {
    const estonian = testSpeller('et-EE')!;
    const suggestions = estonian.suggest('parooolid', 5);
    assert.equal(suggestions[0], 'paroolid');
    assert.deepEqual(suggestions.filter((suggestion) => !estonian.isKnown(suggestion)), []);
  });

  test('Should load through loadSpeller from the shipped compressed .aff and .dic files', async () => {
    const askedFor: string[] = [];
    const loader = async (name: string): Promise<Uint8Array> => {
      askedFor.push(name);
      return new Uint8Array(gunzipSync(readFileSync(join(dictionaryFolder, name))));
    };
    const speller = await loadSpeller('lv-LV', loader);
    assert.deepEqual(askedFor.sort(), ['lv.aff.gz', 'lv.dic.gz']);
    assert.equal(speller?.language, 'lv');
    assert.equal(speller.isKnown('paroli'), true);
    assert.equal(speller.isKnown('parolli'), false);
  });

  test('Should read the flag forms and directives of a small dictionary of its own', () => {
    const aff = [
      'SET UTF-8', 'FLAG long', 'NEEDAFFIX Nn', 'FORBIDDENWORD Xx', 'COMPOUNDFLAG Cc', 'COMPOUNDMIN 3',
      'SFX Aa Y 1', 'SFX Aa y ies [^aeiou]y', 'PFX Bb Y 1', 'PFX Bb 0 un .',
    ].join('\n');
    const dic = ['5', 'party/AaBbCc', 'stem/NnAa', 'bad/Xx', 'room/Cc', 'stey/Aa'].join('\n');
    const speller = new HunspellSpeller('en', aff, dic);
    const words = [
      'party',
      'parties',
      'unparties',
      'unparty',
      'stem',
      'bad',
      'partyroom',
      'roomparty',
      'steies',
      'stey',
    ];
    const verdicts = words.map((word) => `${word} ${speller.isKnown(word)}`);
    assert.deepEqual(verdicts, [
      'party true', 'parties true', 'unparties true', 'unparty true', 'stem false', 'bad false', 'partyroom true',
      'roomparty true', 'steies false', 'stey true',
    ]);
  });
});
