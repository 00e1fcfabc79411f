import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { goToWidget, resolveTarget } from '@mendkit/core';

describe('resolveTarget: where a step about another widget leads', () => {
  it('finds a widget of that kind on the page first, never the asking element itself', async () => {
    const page = await fixture(
      html`<div>
        <mend-explainer id="first"></mend-explainer>
        <mend-explainer id="second"></mend-explainer>
        <mend-checklist></mend-checklist>
      </div>`,
    );
    const from = page.querySelector('#first')!;
    expect(resolveTarget('explainer', from, '/elsewhere')?.element?.id).to.equal('second');
    expect(resolveTarget('checklist', from, '/elsewhere')?.element).to.equal(page.querySelector('mend-checklist'));
  });

  it('finds a widget beside the asking one inside the same shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<mend-quiz></mend-quiz><mend-checklist id="inside"></mend-checklist>';
    expect(resolveTarget('checklist', root.querySelector('mend-quiz')!)?.element?.id).to.equal('inside');
  });

  it('falls back to the site’s URL when the policy allows it as a place to go, else to nothing', async () => {
    const from = await fixture(html`<mend-quiz></mend-quiz>`);
    expect(resolveTarget('explainer', from, '/forgiveness')).to.deep.equal({ href: '/forgiveness' });
    expect(resolveTarget('explainer', from, 'https://example.org/x')).to.deep.equal({ href: 'https://example.org/x' });
    expect(resolveTarget('explainer', from, 'javascript:alert(1)')).to.equal(undefined);
    expect(resolveTarget('explainer', from, '//evil.example')).to.equal(undefined);
    expect(resolveTarget('explainer', from, 'tel:+1555')).to.equal(undefined);
    expect(resolveTarget('explainer', from, '')).to.equal(undefined);
    expect(resolveTarget('explainer', from)).to.equal(undefined);
    expect(resolveTarget(undefined, from, '/x')).to.equal(undefined);
  });
});

describe('goToWidget', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  async function target() {
    const el = await fixture<HTMLElement & { focusHeading?: () => boolean }>(html`<section tabindex="-1"></section>`);
    const calls: unknown[] = [];
    el.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void calls.push(options);
    return { el, calls };
  }

  it('scrolls smoothly and focuses the heading the widget offers', async () => {
    const { el, calls } = await target();
    let asked = 0;
    el.focusHeading = () => ++asked > 0;
    goToWidget(el);
    expect(calls).to.deep.equal([{ behavior: 'smooth', block: 'start' }]);
    expect(asked).to.equal(1);
  });

  it('jumps without animation when the reader asks for reduced motion, and focuses the element without a heading', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, calls } = await target();
    goToWidget(el);
    expect(calls).to.deep.equal([{ behavior: 'auto', block: 'start' }]);
    expect(document.activeElement).to.equal(el);
  });
});
