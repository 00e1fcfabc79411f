import { linkRule, safeUrl, validateKind, type LinkUse } from '@mendkit/core';
import { expect } from '@open-wc/testing';
import { quizFixture } from '../support/fixtures.js';

const uses: LinkUse[] = ['link', 'navigation', 'fetch'];

describe('the link policy (safeUrl)', () => {
  const refusedEverywhere = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '   javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001fjavascript:alert(1)',
    'javascript\u0000:alert(1)',
    ' \n javascript:alert(1) \n ',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:application/json,{}',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    '//evil.example',
    '//evil.example/path',
    ' //evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    'https:/\\evil.example',
    'https:\\\\evil.example',
    'https:evil.example',
    'https:/evil.example',
    'https://',
    'http:',
    'mailto:',
    '',
    '   ',
    '\u0000',
  ];
  for (const raw of refusedEverywhere)
    it(`refuses ${JSON.stringify(raw)} for every use`, () => {
      for (const use of uses) expect(safeUrl(raw, use), use).to.equal(undefined);
    });

  it('refuses what is not text', () => {
    for (const raw of [undefined, null, 42, {}, ['https://example.org']]) expect(safeUrl(raw)).to.equal(undefined);
  });

  const allowedEverywhere: [string, string][] = [
    ['https://example.org/help', 'https://example.org/help'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
    ['http://example.org', 'http://example.org'],
    ['  https://example.org/a b  ', 'https://example.org/a b'],
    ['https://exa\nmple.org', 'https://example.org'],
    ['/help', '/help'],
    ['/help?q=1#top', '/help?q=1#top'],
    ['help/page.json', 'help/page.json'],
    ['./content.json', './content.json'],
    ['../content.json', '../content.json'],
    ['#section', '#section'],
    ['?page=2', '?page=2'],
  ];
  for (const [raw, expected] of allowedEverywhere)
    it(`allows ${JSON.stringify(raw)} for every use`, () => {
      for (const use of uses) expect(safeUrl(raw, use), use).to.equal(expected);
    });

  it('lets links, and only links, call or write to a help line', () => {
    for (const raw of ['tel:+15551234567', 'mailto:help@example.org', 'MAILTO:help@example.org']) {
      expect(safeUrl(raw, 'link')).to.equal(raw);
      expect(safeUrl(raw, 'navigation')).to.equal(undefined);
      expect(safeUrl(raw, 'fetch')).to.equal(undefined);
    }
  });

  it('says in plain words what each use accepts', () => {
    expect(linkRule('link')).to.equal(
      'should be a link starting with http:, https:, mailto: or tel:, or a relative one like "/help"',
    );
    expect(linkRule('fetch')).to.equal(
      'should be a link starting with http: or https:, or a relative one like "/help"',
    );
  });

  it('is what content validation applies, with the path of the refused link', () => {
    const doc = quizFixture();
    doc.support.href = 'java\nscript:alert(1)';
    doc.outcomes[1]!.steps = [{ label: 'Go', href: '//evil.example' }];
    const result = validateKind('quiz', doc);
    expect(!result.ok && result.problems).to.deep.equal([
      { path: 'support.href', message: linkRule('link') },
      { path: 'outcomes[1].steps[0].href', message: linkRule('link') },
    ]);
  });
});
