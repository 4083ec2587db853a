import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from '../../../server/src/core/parse';
import { spelling } from '../../../server/src/core/rules/translation/spelling';
import { unitPairs } from '../../../server/src/core/rules/translation/unitText';
import { proseWords } from '../../../server/src/core/spelling/words';
import { checkDocument } from '../../../server/src/core/check';
import { EMPTY_CONFIG, readConfig } from '../../../server/src/core/config';
import { KNOWN_RULE_CODES } from '../../../server/src/core/rules';
import { fixturesRoot, readArticleText } from '../support/corpus';
import { testSpeller } from '../support/spellers';
import { article, runRule, unit } from './support';

/** Real articles, one per locale, copied unmodified into test/fixtures (see its NOTICE.md). */
const ARTICLES: Readonly<Record<string, string>> = {
  'cs-CZ': 'Dynamics-365-Operations__define-inventory-counting-processes.md',
  'da-DK': 'Dynamics-365-Operations__create-delivery-schedule.md',
  'de-DE': 'OfficeDocs-SkypeForBusiness__patients-audit.md',
  'es-ES': 'office-developer-client-docs__user-properties-methods-and-events-adox.md',
  'et-EE': 'Dynamics-365-Operations__cc-data-platform-banner.md',
  'fi-FI': 'Dynamics-365-Operations__registration-manufacturing-execution.md',
  'fr-FR': 'win32-pr__ix509certificatetemplates-methods.md',
  'it-IT': 'azure-docs-powershell__Remove-AzNotificationHub.md',
  'nl-NL': 'Dynamics-365-Operations__cash-mgmt.md',
  'pl-PL': 'Dynamics-365-Operations__create-batch-attributes-product.md',
  'pt-BR': 'azure-docs-powershell__manage-subscriptions-azureps.md',
  'ru-RU': 'office-developer-client-docs__streams-and-persistence.md',
  'sv-SE': 'powerShell-Docs__Tee-Object.md',
  'tr-TR': 'Dynamics-365-Operations__associate-lease-with-fixed-asset.md',
};

function realArticle(locale: string): string {
  return readArticleText(join(fixturesRoot, 'real', ARTICLES[locale]!));
}

function flaggedWords(text: string): string[] {
  return runRule(spelling, text).findings.map((finding) => text.slice(finding.span.start, finding.span.end));
}

/** A misspelling of a known word that the dictionary does not have: two inner letters swapped, or one doubled. */
function misspell(word: string, isKnown: (word: string) => boolean): string | undefined {
  for (let i = 1; i + 2 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (!isKnown(swapped)) return swapped;
  }
  const doubled = word.slice(0, 2) + word[1] + word.slice(2);
  return isKnown(doubled) ? undefined : doubled;
}

describe('spelling', () => {
  for (const locale of Object.keys(ARTICLES)) {
    test(`Should find a misspelled word injected into a target of a real ${locale} article, at exactly that word`, () => {
      const text = realArticle(locale);
      const speller = testSpeller(locale)!;
      const document = parse(text);
      const before = new Set(runRule(spelling, text).findings.map((finding) => finding.span.start));
      const pair = unitPairs(document).find((candidate) =>
        proseWords(candidate.target, candidate.targetScan).some(
          ({ word }) => word.length >= 6 && /^\p{Ll}+$/u.test(word) && speller.isKnown(word),
        ),
      );
      assert.ok(pair, `${locale}: no unit with a known word of six letters`);
      const chosen = proseWords(pair.target, pair.targetScan).find(
        ({ word }) => word.length >= 6 && /^\p{Ll}+$/u.test(word) && speller.isKnown(word),
      )!;
      const wrong = misspell(chosen.word, (word) => speller.isKnown(word));
      assert.ok(wrong, `${locale}: no misspelling of "${chosen.word}" found`);
      const start = pair.unit.target.start + chosen.span.start;
      const changed = text.slice(0, start) + wrong + text.slice(start + chosen.word.length);
      const delta = wrong.length - chosen.word.length;
      const originalStart = (offset: number): number => (offset > start ? offset - delta : offset);
      const added = runRule(spelling, changed).findings.filter(
        (finding) => !before.has(originalStart(finding.span.start)),
      );
      assert.deepEqual(
        added.map((finding) => [
          changed.slice(finding.span.start, finding.span.end),
          finding.span.start,
          finding.span.end,
        ]),
        [[wrong, start, start + wrong.length]],
      );
    });
  }

  test('Should never flag a word of the source, inline code, a URL, a link destination, markup, an ID or an e-mail address', () => {
    const nonsense = 'Qwxzyvbn';
    const text = article(
      'de-DE',
      unit('646d1-104', `Öffnen Sie ${nonsense} im Browser.`, `Open ${nonsense} in the browser.`),
      unit('646d1-105', 'Führen Sie `qwxzyvbn --hilfe` aus.', 'Run `qwxzyvbn --help`.'),
      unit(
        '646d1-106',
        'Siehe https://qwxzyvbn.example.com/qwxzyvbn und [die Hilfe](https://example.com/qwxzyvbnhilfe).',
        'See the help.',
      ),
      unit(
        '646d1-107',
        'Schreiben Sie an qwxzyvbn@example.com oder <a href="qwxzyvbn.htm" title="x">hier</a>.',
        'Write to us.',
      ),
      unit(
        '646d1-108',
        'Version 12 für Win32 und SharePoint, Datei web.config, Pfad C:\\qwxzyvbn\\datei.',
        'Version 12.',
      ),
    );
    assert.deepEqual(flaggedWords(text), []);
  });

  test('Should find a misspelling in Greek and Latvian targets at exactly that word, and no word of code or URLs', () => {
    // The corpus has no Greek or Latvian article: these sentences are written for the test.
    const greek = article(
      'el-GR',
      unit(
        '646d1-104',
        'Ο κωδικός πρόσβασης του χρήτση επαναφέρεται αυτόματα στις ρυθμίσεις.',
        "The user's password is reset.",
      ),
      unit('646d1-105', 'Εκτελέστε `qwxzyvbn --βοήθεια` ή δείτε https://qwxzyvbn.example.com/βοήθεια.', 'Run it.'),
    );
    const latvian = article(
      'lv-LV',
      unit(
        '646d1-104',
        'Lietotāja parole tiek automātiski mainīta iestatījumos pēc noklusējumma.',
        'The password is changed.',
      ),
      unit(
        '646d1-105',
        'Palaidiet `qwxzyvbn --palīdzība` vai skatiet [palīdzību](https://example.com/qwxzyvbnpalīdzība).',
        'Run it.',
      ),
    );
    for (const [text, wrong] of [
      [greek, 'χρήτση'],
      [latvian, 'noklusējumma'],
    ] as const) {
      const [finding, ...more] = runRule(spelling, text).findings;
      assert.deepEqual(more, []);
      assert.deepEqual(finding!.span, { start: text.indexOf(wrong), end: text.indexOf(wrong) + wrong.length });
    }
  });

  test('Should find a misspelling in Norwegian, Catalan and Galician targets at exactly that word, and no other', () => {
    // The corpus has no article in these languages either: sentences of the kind docs have, written for the test.
    const cases = [
      ['nb-NO', 'Velg Lagre for å lagre endringene. I delen Innstillinger velger du Brukere. Administratoren kan '
        + 'opprette nye brukere, og passordet tilbakestilles i innstilingene.', 'innstilingene'],
      ['nb-NO', 'Brukerens pasord tilbakestilles automatisk i innstillingene.', 'pasord'],
      ['ca-ES', 'Seleccioneu Desa per desar els canvis. A la secció Configuració, seleccioneu Usuaris. '
        + "L'administrador pot crear usuaris nous i restablir la contrasena.", 'contrasena'],
      ['gl-ES', 'Seleccione Gardar para gardar os cambios. Na sección Configuración, seleccione Usuarios. '
        + 'O administrador pode crear usuarios novos e restablecer o contrasinl.', 'contrasinl'],
    ] as const;
    for (const [locale, target, wrong] of cases) {
      const text = article(locale, unit('646d1-104', target, 'The administrator can reset the password.'));
      const [finding, ...more] = runRule(spelling, text).findings;
      assert.deepEqual(more, [], `${locale}: only "${wrong}"`);
      assert.deepEqual(finding!.span, { start: text.indexOf(wrong), end: text.indexOf(wrong) + wrong.length });
    }
  });

  test('Should check only the target: a misspelling in the source is left alone', () => {
    const text = article('fr-FR', unit('646d1-104', 'Le mot de passe est réinitialisé.', 'The pasword is resett.'));
    assert.deepEqual(flaggedWords(text), []);
    const wrong = article('fr-FR', unit('646d1-104', 'Le mot de pase est réinitialisé.', 'The password is reset.'));
    assert.deepEqual(flaggedWords(wrong), ['pase']);
  });

  test("Should accept a source name with the target language's ending, and the shared first part of two compounds", () => {
    const finnish = article('fi-FI', unit('646d1-104', 'Dayforcessa on uusi asetus.', 'Dayforce has a new setting.'));
    assert.deepEqual(flaggedWords(finnish), []);
    const german = article(
      'de-DE',
      unit('646d1-104', 'Die Vermittlungs- und Sicherheitsdienste laufen.', 'The services run.'),
    );
    assert.deepEqual(flaggedWords(german), []);
  });

  test('Should read a Turkish capital İ as Turkish does, so sentence-initial words are known', () => {
    const text = article('tr-TR', unit('646d1-104', 'İki seçenek vardır.', 'There are two options.'));
    assert.deepEqual(flaggedWords(text), []);
  });

  test('Should flag the real typo sevkıyatı of a Turkish article and still accept the two-word term satınalma', () => {
    const sample = join(fixturesRoot, '..', '..', 'samples', 'Dynamics-365-Operations__transportation-management-engines.md');
    const flagged = flaggedWords(readArticleText(sample));
    assert.ok(flagged.includes('sevkıyatı'), flagged.join(', '));
    const term = article('tr-TR', unit('646d1-104', 'Satınalma siparişi oluşturun.', 'Create a purchase order.'));
    assert.deepEqual(flaggedWords(term), []);
  });

  test('Should accept the words of the word lists and of the ignore comments of the article', () => {
    const text = article(
      'de-DE',
      unit('646d1-104', 'Der Contosodienst läuft auf Fabrikamrechnern.', 'The service runs.'),
    );
    assert.deepEqual(flaggedWords(text), ['Contosodienst', 'Fabrikamrechnern']);
    assert.deepEqual(runRule(spelling, text, ['contosodienst']).findings.length, 1);
    const ignored = `${text}\n<!-- bilingual-docs-spelling-ignore Fabrikamrechnern -->\n`;
    assert.deepEqual(runRule(spelling, ignored, ['Contosodienst']).findings, []);
  });

  test('Should offer at most five suggestions, the best first, then ignoring the word in the article', () => {
    const text = article(
      'es-ES',
      unit('646d1-104', 'La contraseña se restablece automáticamnte.', 'The password is reset automatically.'),
    );
    const [finding] = runRule(spelling, text).findings;
    const fixes = finding!.fixesOnRequest!();
    const suggestions = fixes.filter((fix) => fix.title.startsWith('Change to'));
    assert.ok(suggestions.length >= 1 && suggestions.length <= 5);
    assert.equal(suggestions[0]!.title, 'Change to "automáticamente"');
    assert.deepEqual(suggestions[0]!.edits, [{ span: finding!.span, newText: 'automáticamente' }]);
    assert.ok(fixes.every((fix) => !fix.safe));
    const ignore = fixes.at(-1)!;
    assert.equal(ignore.title, 'Ignore "automáticamnte" in this article');
    assert.deepEqual(ignore.edits, [
      {
        span: { start: text.length, end: text.length },
        newText: '\n<!-- bilingual-docs-spelling-ignore automáticamnte -->\n',
      },
    ]);
  });

  test('Should add an ignored word to the ignore comment the article already has', () => {
    const text = `${article('es-ES', unit('646d1-104', 'Se restablece automáticamnte.', 'It is reset.'))}\n<!-- bilingual-docs-spelling-ignore Contoso -->\n`;
    const ignore = runRule(spelling, text).findings[0]!.fixesOnRequest!().at(-1)!;
    const comment = text.indexOf('-->', text.indexOf('spelling-ignore'));
    assert.deepEqual(ignore.edits, [{ span: { start: comment, end: comment }, newText: 'automáticamnte ' }]);
  });

  test('Should stay silent where the locale has no dictionary, or none is loaded, and when it is off', () => {
    assert.deepEqual(flaggedWords(article('ja-JP', unit('646d1-104', 'パスワードをリセットします。', 'Reset the password.'))), []);
    const german = parse(
      article('de-DE', unit('646d1-104', 'Das Passwrt wird zurückgesetzt.', 'The password is reset.')),
    );
    assert.deepEqual(checkDocument(german, EMPTY_CONFIG).filter((diagnostic) => diagnostic.code === 'spelling'), []);
    const spellers = (): ReturnType<typeof testSpeller> => testSpeller('de-de');
    assert.deepEqual(
      checkDocument(german, EMPTY_CONFIG, { spellers })
        .filter((d) => d.code === 'spelling')
        .map((d) => [d.severity, d.message]),
      [['info', '"Passwrt" is not in the de dictionary.']],
    );
    const off = readConfig({ rules: { spelling: 'off' } }, KNOWN_RULE_CODES, () => 'test').config;
    assert.deepEqual(
      checkDocument(german, off, { spellers }).filter((diagnostic) => diagnostic.code === 'spelling'),
      [],
    );
  });

  test('Should take the words of the configuration for the locale, its language and every locale', () => {
    const german = parse(article('de-DE', unit('646d1-104', 'Das Passwrt und Kennwrt und Schlüsel.', 'The password.')));
    const config = readConfig(
      { words: { '*': ['Passwrt'], de: ['Kennwrt'], 'fr-FR': ['Schlüsel'] } },
      KNOWN_RULE_CODES,
      () => 'test',
    ).config;
    const flagged = checkDocument(german, config, { spellers: testSpeller }).filter(
      (diagnostic) => diagnostic.code === 'spelling',
    );
    assert.deepEqual(
      flagged.map((diagnostic) => german.text.slice(diagnostic.span.start, diagnostic.span.end)),
      ['Schlüsel'],
    );
  });
});
