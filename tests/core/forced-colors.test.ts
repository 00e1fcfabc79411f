import { MendElement, type ChecklistContent } from '@mendkit/core';
import '@mendkit/checklist/mend-checklist.js';
import '@mendkit/explainer/mend-explainer.js';
import '@mendkit/quiz/mend-quiz.js';
import type { MendChecklist } from '@mendkit/checklist';
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { quizStyles } from '../../packages/quiz/src/quiz.styles.js';
import { checklistFixture } from '../support/fixtures.js';
import { mount, settled, shadow } from '../support/helpers.js';
import { widgetTags } from '../../kinds.js';

/** The quiz's result bars exactly as the quiz writes them, with the quiz's styles. */
class QuizBarsProbe extends LitElement {
  static override styles = [...MendElement.styles, quizStyles];
  protected override render() {
    return litHtml`<ul class="bars">
      <li class="strained">
        <span class="bar-label">Safety</span>
        <span class="standing">strained <span class="visually-hidden">40 out of 100</span></span>
        <span class="track" aria-hidden="true"><span part="bar" class="fill" style="inline-size: 40%"></span></span>
      </li>
    </ul>`;
  }
}
customElements.define('quiz-bars-probe', QuizBarsProbe);

const style = (el: Element) => getComputedStyle(el);

describe('forced colours (Windows high contrast)', () => {
  const forcedColors = (active: boolean) => executeServerCommand('mendkit-forced-colors', { active });
  before(() => forcedColors(true));
  after(() => forcedColors(false));

  it('is what the browser reports', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keeps the quiz bars visible: an outlined track, a filled bar and the score written out', async () => {
    const el = await fixture<QuizBarsProbe>(html`<quiz-bars-probe></quiz-bars-probe>`);
    const track = shadow(el).querySelector('.track')!;
    const fill = shadow(el).querySelector('.fill')!;
    expect(style(track).borderTopStyle).to.equal('solid');
    expect(style(fill).backgroundColor).to.not.equal(style(track).backgroundColor);
    expect(style(fill).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const score = shadow(el).querySelector('.bars .visually-hidden')!;
    expect(score.getBoundingClientRect().width).to.be.above(40);
  });

  it('keeps the checklist chart visible', async () => {
    const doc: ChecklistContent = { ...checklistFixture(), id: `forced-${Date.now()}` };
    const el = await mount<MendChecklist>(html`<mend-checklist no-persist .content=${doc}></mend-checklist>`);
    for (const box of shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await el.updateComplete;
    const on = shadow(el).querySelector('.track > .on')!;
    const off = shadow(el).querySelector('.track > span:not(.on)')!;
    expect(style(off).borderTopStyle).to.equal('solid');
    expect(style(on).backgroundColor).to.not.equal(style(off).backgroundColor);
    expect(style(on).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('shows focus in a system colour', async () => {
    const el = await mount<MendChecklist>(
      html`<mend-checklist no-persist .content=${checklistFixture()}></mend-checklist>`,
    );
    const button = shadow(el).querySelector<HTMLButtonElement>('.actions button')!;
    button.focus();
    expect(style(button).outlineStyle).to.equal('solid');
    expect(style(button).outlineWidth).to.equal('3px');
  });
});

describe('target size', () => {
  /** Controls smaller than 24 × 24 px; a control inside its own label counts the label. */
  function tooSmall(root: ShadowRoot): string[] {
    const controls = root.querySelectorAll<HTMLElement>('button, input, select, summary, [role="tab"]');
    return [...controls].flatMap((control) => {
      const target = control.closest('label') ?? control;
      const { width, height } = target.getBoundingClientRect();
      if (width === 0 && height === 0) return []; // not shown
      return width < 24 || height < 24 ? [`${control.outerHTML.slice(0, 60)}: ${width}×${height}`] : [];
    });
  }

  for (const tag of widgetTags) {
    it(`every control of <${tag}> is at least 24 × 24 px`, async () => {
      const el = await fixture<
        HTMLElement & { status: 'loading' | 'ready' | 'error'; updateComplete: Promise<boolean> }
      >(`<${tag} no-persist></${tag}>`);
      await settled(el);
      expect(tooSmall(shadow(el))).to.deep.equal([]);
    });
  }
});
