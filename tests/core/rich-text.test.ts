import { parseRichText, richText } from '@mendkit/core';
import { expect, fixture, html } from '@open-wc/testing';

async function rendered(source: string): Promise<HTMLElement> {
  return fixture(html`<p>${richText(source)}</p>`);
}

describe('rich text', () => {
  it('parses bold, emphasis and links', () => {
    expect(parseRichText('a **b** *c* [d](https://e.org)')).to.deep.equal([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://e.org', text: 'd' },
    ]);
  });

  it('renders marks as elements and everything else as text', async () => {
    const p = await rendered('Take **one** step, *gently*. [Help](mailto:help@example.org)');
    expect(p.querySelector('strong')?.textContent).to.equal('one');
    expect(p.querySelector('em')?.textContent).to.equal('gently');
    expect(p.querySelector('a')?.getAttribute('href')).to.equal('mailto:help@example.org');
    expect(p.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('renders text without marks as itself, exactly as parsing it would', () => {
    // richText skips the parser when no `*` or `[` could start a mark: same result, less work.
    const samples = ['', ' ', 'Plain words.', '  spaced\n  lines\t', 'a ] b ) c _d_ `e` ~f~', '<b>x</b> & é 😀', '(x)'];
    for (const source of samples)
      expect(richText(source), JSON.stringify(source)).to.deep.equal(
        parseRichText(source).map((node) => node.type === 'text' && node.text),
      );
  });

  it('keeps HTML in content inert', async () => {
    const p = await rendered('<img src=x onerror="window.__pwned = true"> and <script>window.__pwned = true</script>');
    expect(p.querySelector('img, script')).to.equal(null);
    expect(p.textContent).to.contain('<img src=x onerror=');
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('drops javascript: and data: links but keeps their words', async () => {
    const p = await rendered('[click](javascript:alert(1)) [see](data:text/html,<b>x</b>) [JS](JAVASCRIPT:void(0))');
    expect(p.querySelector('a')).to.equal(null);
    expect(p.textContent).to.contain('click');
    expect(p.textContent).to.contain('see');
  });

  it('keeps markup inside marks and link text inert', async () => {
    const p = await rendered('**<b onclick=x>bold</b>** [<i>x</i>](https://example.org)');
    expect(p.querySelector('strong')?.textContent).to.equal('<b onclick=x>bold</b>');
    expect(p.querySelector('b, i')).to.equal(null);
    expect(p.querySelector('a')?.textContent).to.equal('<i>x</i>');
  });

  it('nests emphasis inside bold and leaves unmatched markers literal', async () => {
    const p = await rendered('**very *much* so** and a lone * star and **open');
    expect(p.querySelector('strong em')?.textContent).to.equal('much');
    expect(p.textContent).to.equal('very much so and a lone * star and **open');
  });
});
