import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCompound } from '../../../server/src/core/rules/translation/splitCompound';
import { spelling } from '../../../server/src/core/rules/translation/spelling';
import { article, runRule, unit } from './support';

/**
 * Units copied verbatim from the corpus's machine translations: `real/de-DE/OfficeDocs-SkypeForBusiness__mediation-
 * server.md` (80241-116, 80241-132) and `real/sv-SE/powerShell-Docs__about_Remote_FAQ.md` (dc826-109).
 */
const GERMAN = article(
  'de-DE',
  unit(
    '80241-116',
    'Der Vermittlungs Server kann auch in einem eigenständigen Pool bereitgestellt werden.',
    'The Mediation Server can also be deployed in a stand-alone pool.',
  ),
  unit(
    '80241-132',
    'Dies impliziert mehrere Dinge: ein Vermittlungs Server kann mehrere Trunks zum gleichen Gateway haben; ein Vermittlungs Server kann mehrere Trunks zu unterschiedlichen Gateways aufweisen. Umgekehrt kann ein Gateway mehrere Trunks zu verschiedenen Vermittlungsservern aufweisen.',
    'This implies several things: A Mediation Server can have multiple trunks to the same gateway; a Mediation Server can have multiple trunks to different gateways; conversely a gateway can have multiple trunks to different Mediation Servers.',
  ),
);
const SWEDISH = article(
  'sv-SE',
  unit(
    'dc826-109',
    'Upplevelsen av fjärr anslutning bör vara så mycket som att fungera direkt på fjärrdatorn som möjligt.',
    'The experience of working remotely should be as much like working directly at the remote computer as possible.',
  ),
);

function reported(text: string): string[][] {
  return runRule(splitCompound, text).findings.map((finding) => [
    text.slice(finding.span.start, finding.span.end),
    finding.message,
  ]);
}

describe('split-compound', () => {
  test('Should report each compound written apart in real German and Swedish machine translation, over both words', () => {
    const german = '"Vermittlungs Server" is one word: "Vermittlungsserver".';
    assert.deepEqual(reported(GERMAN), [
      ['Vermittlungs Server', german],
      ['Vermittlungs Server', german],
      ['Vermittlungs Server', german],
    ]);
    assert.deepEqual(reported(SWEDISH), [['fjärr anslutning', '"fjärr anslutning" is one word: "fjärranslutning".']]);
  });

  test('Should offer the joined word as the fix, and leave the first word to it rather than to spelling', () => {
    const [finding] = runRule(splitCompound, SWEDISH).findings;
    assert.deepEqual(finding!.fixes, [
      {
        title: 'Join into "fjärranslutning"',
        safe: false,
        preferred: true,
        edits: [{ span: finding!.span, newText: 'fjärranslutning' }],
      },
    ]);
    assert.deepEqual(runRule(spelling, SWEDISH).findings, []);
    assert.deepEqual(runRule(spelling, GERMAN).findings, []);
  });

  test('Should leave alone English kept in the target, compounds written as one, and words apart at a line break', () => {
    const english = article(
      'de-DE',
      unit('646d1-104', 'Das system was reset by the server checks.', 'The system was reset by the server checks.'),
    );
    assert.deepEqual(reported(english), []);
    const joined = article('de-DE', unit('646d1-104', 'Der Vermittlungsserver läuft.', 'The Mediation Server runs.'));
    assert.deepEqual(reported(joined), []);
    const brokenLine = article(
      'de-DE',
      unit('646d1-104', 'Der Vermittlungs\nServer läuft.', 'The Mediation Server runs.'),
    );
    assert.deepEqual(reported(brokenLine), []);
  });

  test('Should stay silent in languages that write compounds apart, such as Turkish and French', () => {
    assert.deepEqual(
      reported(article('tr-TR', unit('646d1-104', 'Satın alma siparişi oluşturun.', 'Create a purchase order.'))),
      [],
    );
    assert.deepEqual(
      reported(
        article('fr-FR', unit('646d1-104', 'Le serveur de médiation est prêt.', 'The Mediation Server is ready.')),
      ),
      [],
    );
  });
});
