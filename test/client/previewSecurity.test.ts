import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPreviewContent } from '../../client/src/preview/render';
import { contentSecurityPolicy, renderPreviewShell } from '../../client/src/preview/shell';
import { classifyLink } from '../../client/src/preview/links';
import { allElements, findAll, parseContent, parseDocument, type Element } from './htmlTree';
import { previewResult, problem, summary, unitView } from './previewData';

/** Script payloads an article could carry in its units, IDs, front matter or problem messages. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<span style="background:url(https://tracker.example/x.png)">tekst</span>',
  '"><img src=x onerror=alert(1)>',
  "'><script>alert(1)</script>",
  '<a href="javascript:alert(1)">klõpsa</a>',
  '<strong onclick="alert(1)">paks</strong>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<!--><script>alert(1)</script>-->',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<form action="javascript:alert(1)"><button>saada</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '[klõpsa](javascript:alert(1))',
  '[klõpsa](JaVaScRiPt:alert(1))',
  '[klõpsa](java&#x09;script:alert(1))',
  '[klõpsa](&#106;avascript:alert(1))',
  '[klõpsa](vbscript:msgbox(1))',
  '[klõpsa](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klõpsa](file:///etc/passwd)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '![jälgija](https://tracker.example/pixel.png)',
  '![x" onerror="alert(1)](x.png)',
  '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '`<script>alert(1)</script>`',
];

const ALLOWED_ELEMENTS = new Set([
  '#document-fragment', 'header', 'h1', 'h2', 'dl', 'div', 'dt', 'dd', 'abbr', 'section', 'ul', 'li', 'p', 'span',
  'code', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'a', 'strong', 'b', 'em', 'i', 'sup',
  'sub', 'br',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'class', 'lang', 'dir', 'title', 'scope', 'type', 'role', 'tabindex', 'id', 'aria-label', 'aria-labelledby',
  'data-unit-index', 'data-href', 'data-unit-id', 'data-role',
]);

/** Every element and attribute is one the renderer writes itself, and no link can lead anywhere unsafe. */
function assertInert(root: Element): void {
  for (const element of allElements(root)) {
    assert.ok(ALLOWED_ELEMENTS.has(element.name), `unexpected <${element.name}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      assert.ok(ALLOWED_ATTRIBUTES.has(name), `unexpected attribute ${name}="${value}" on <${element.name}>`);
      if (name === 'data-href') assert.notEqual(classifyLink(value).kind, 'blocked', `blocked link ${value} rendered`);
    }
  }
}

function renderWithPayload(payload: string): string {
  const units = [
    unitView(0, {
      id: payload,
      sourceId: `${payload}x`,
      target: payload,
      source: payload,
      problems: [problem(payload, 'error', payload)],
    }),
    unitView(1, { target: `Enne ${payload} pärast`, source: `Before ${payload} after` }),
  ];
  return renderPreviewContent(
    previewResult(units, {
      summary: summary({ title: payload, locale: payload, translationType: payload }),
      otherProblems: [problem('front-matter-invalid', 'error', payload)],
    }),
    { fileName: payload },
  );
}

describe('Preview safety', () => {
  for (const payload of PAYLOADS) {
    test(`Should render ${JSON.stringify(payload)} as inert text wherever the article puts it`, () => {
      const html = renderWithPayload(payload);
      assertInert(parseContent(html));
      assert.doesNotMatch(html, /<(script|img|svg|iframe|style|object|form|meta|base|math)\b/i);
    });
  }

  test('Should show a script payload in the target as the text the translator wrote', () => {
    const root = parseContent(renderWithPayload('<img src=x onerror=alert(1)>'));
    const target = findAll(root, (element) => element.name === 'td' && element.attributes['class'] === 'target')[0]!;
    assert.equal(target.text, '<img src=x onerror=alert(1)>');
  });

  test('Should leave a javascript: link as plain text, not as a link', () => {
    const root = parseContent(renderWithPayload('[klõpsa](javascript:alert(1))'));
    const target = findAll(root, (element) => element.name === 'td' && element.attributes['class'] === 'target')[0]!;
    assert.equal(findAll(target, (element) => element.name === 'a').length, 0);
    assert.equal(target.text, '[klõpsa](javascript:alert(1))');
  });

  test('Should keep a payload in the locale out of the lang attribute', () => {
    const root = parseContent(renderWithPayload('et-EE" onmouseover="alert(1)'));
    const langs = findAll(root, (element) => element.attributes['lang'] !== undefined).map(
      (element) => element.attributes['lang'],
    );
    assert.deepEqual([...new Set(langs)], ['en-US']);
  });
});

describe('Preview page', () => {
  const shell = renderPreviewShell({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'cmFuZG9tLW5vbmNlLTEyMzQ=',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/preview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/client/media/preview.css',
    documentUri: 'file:///articles/et-EE/"><script>alert(1)</script>.md',
    title: 'Preview "><script>alert(1)</script>.md',
    layout: 'columns',
    uiLanguage: 'de',
  });
  const page = parseDocument(shell);

  test('Should allow nothing by default, styles only from the extension and scripts only with the nonce', () => {
    assert.equal(
      contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'abc'),
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net; " +
        "font-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-abc'; base-uri 'none'; form-action 'none'",
    );
    const meta = findAll(
      page,
      (element) => element.name === 'meta' && element.attributes['http-equiv'] === 'Content-Security-Policy',
    );
    assert.equal(meta.length, 1);
    assert.equal(
      meta[0]!.attributes['content'],
      contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'cmFuZG9tLW5vbmNlLTEyMzQ='),
    );
  });

  test('Should load exactly one script, the extension’s own, carrying the nonce', () => {
    const scripts = findAll(page, (element) => element.name === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]!.attributes['nonce'], 'cmFuZG9tLW5vbmNlLTEyMzQ=');
    assert.equal(
      scripts[0]!.attributes['src'],
      'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/preview.js',
    );
    assert.equal(scripts[0]!.text, '');
  });

  test('Should keep the document URI and title as text in the page', () => {
    const body = findAll(page, (element) => element.name === 'body')[0]!;
    assert.equal(body.attributes['data-document-uri'], 'file:///articles/et-EE/"><script>alert(1)</script>.md');
    assert.equal(
      findAll(page, (element) => element.name === 'title')[0]!.text,
      'Preview "><script>alert(1)</script>.md',
    );
  });

  test('Should offer the three filters in a labelled select', () => {
    const select = findAll(page, (element) => element.name === 'select' && element.attributes['id'] === 'filter')[0]!;
    assert.deepEqual(
      select.children.map((option) => [option.attributes['value'], option.text]),
      [
        ['all', 'All units'],
        ['problems', 'Units with problems'],
        ['untranslated', 'Untranslated units'],
      ],
    );
    assert.equal(
      findAll(page, (element) => element.name === 'label' && element.attributes['for'] === 'filter').length,
      1,
    );
  });

  test('Should offer the four layouts in a labelled select, the current one chosen, and name it on the root', () => {
    const select = findAll(page, (element) => element.name === 'select' && element.attributes['id'] === 'layout')[0]!;
    assert.deepEqual(
      select.children.map((option) => option.attributes['value']),
      ['columns', 'interleaved', 'target', 'units'],
    );
    assert.equal(
      select.children.find((option) => option.attributes['selected'] !== undefined)?.attributes['value'],
      'columns',
    );
    assert.equal(
      findAll(page, (element) => element.name === 'label' && element.attributes['for'] === 'layout').length,
      1,
    );
    assert.equal(findAll(page, (element) => element.name === 'html')[0]!.attributes['data-layout'], 'columns');
  });

  test('Should say so when the filter leaves no unit', () => {
    const empty = findAll(page, (element) => element.attributes['id'] === 'filter-empty')[0]!;
    assert.equal(empty.attributes['role'], 'status');
  });
});

describe('Link destinations', () => {
  const cases: [string, ReturnType<typeof classifyLink>][] = [
    [
      'https://docs.microsoft.com/azure/active-directory',
      { kind: 'external', url: 'https://docs.microsoft.com/azure/active-directory' },
    ],
    ['mailto:docs@example.com', { kind: 'external', url: 'mailto:docs@example.com' }],
    ['../faq.md#sspr', { kind: 'relative', path: '../faq.md', fragment: 'sspr' }],
    ['#self-service-password-reset-sspr', { kind: 'relative', path: '', fragment: 'self-service-password-reset-sspr' }],
    ['javascript:alert(1)', { kind: 'blocked', reason: 'javascript: links are not followed' }],
    [' JAVA\tSCRIPT:alert(1)', { kind: 'blocked', reason: 'link with control characters' }],
    ['data:text/html,<script>alert(1)</script>', { kind: 'blocked', reason: 'data: links are not followed' }],
    ['vbscript:msgbox(1)', { kind: 'blocked', reason: 'vbscript: links are not followed' }],
    ['file:///etc/passwd', { kind: 'blocked', reason: 'file: links are not followed' }],
    ['//evil.example/x', { kind: 'blocked', reason: 'protocol-relative links are not followed' }],
  ];
  for (const [destination, expected] of cases) {
    test(`Should classify ${JSON.stringify(destination)} as ${expected.kind}`, () => {
      assert.deepEqual(classifyLink(destination), expected);
    });
  }
});
