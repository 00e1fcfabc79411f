import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ExplainerContent } from '@mendkit/core';
import '@mendkit/explainer/mend-explainer.js';
import type { MendExplainer } from '@mendkit/explainer';
import { mount, settled, shadow } from '../support/helpers.js';

type Detail = Record<string, unknown>;

async function defaultDoc(): Promise<ExplainerContent> {
  const response = await fetch('/content/explainer/reconciliation-vs-forgiveness/en.json');
  return (await response.json()) as ExplainerContent;
}

/** Collects the detail of every event of the given types. */
function record(el: HTMLElement, ...types: string[]): { type: string; detail: Detail }[] {
  const seen: { type: string; detail: Detail }[] = [];
  for (const type of types) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const visible = (node: Element) => getComputedStyle(node).display !== 'none' && !node.closest('[hidden]');
const selectedTab = (el: Element) => $(el, '[role="tab"][aria-selected="true"]').dataset['section'];

describe('<mend-explainer>', () => {
  describe('tabs', () => {
    it('follows the WAI-ARIA tabs pattern', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none"></mend-explainer>`);
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map((t) => t.dataset['section'])).to.deep.equal(['compare', 'scenarios', 'check']);
      expect($(el, '[role="tablist"]').getAttribute('aria-label')).to.contain('Forgiveness');
      for (const tab of tabs) {
        const panel = $(el, `#${tab.getAttribute('aria-controls')}`);
        expect(panel.getAttribute('role')).to.equal('tabpanel');
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
        const selected = tab.getAttribute('aria-selected') === 'true';
        expect(tab.tabIndex).to.equal(selected ? 0 : -1);
        expect(panel.hidden).to.equal(!selected);
      }
      expect(selectedTab(el)).to.equal('compare');
      await expect(el).to.be.accessible();
    });

    it('moves by keyboard with automatic activation and fires mend-change', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none"></mend-explainer>`);
      const events = record(el, 'mend-change');
      $(el, '#tab-compare').focus();

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('scenarios');
      expect(shadow(el).activeElement?.id).to.equal('tab-scenarios');
      expect($(el, '#tab-scenarios').tabIndex).to.equal(0);
      expect($(el, '#tab-compare').tabIndex).to.equal(-1);
      expect($(el, '#panel-scenarios').hidden).to.equal(false);
      expect($(el, '#panel-compare').hidden).to.equal(true);

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('check');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('compare');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('check');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('compare');

      expect(events.map((e) => e.detail['view'])).to.deep.equal(['scenarios', 'check', 'compare', 'check', 'compare']);
      expect(events[0]?.detail).to.deep.equal({
        contentId: 'reconciliation-vs-forgiveness',
        version: '1.1.0',
        view: 'scenarios',
      });
    });

    it('mirrors the arrow keys right to left', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer dir="rtl" persist="none"></mend-explainer>`);
      $(el, '#tab-compare').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('scenarios');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('compare');
    });

    it('switches on click, and not again for the tab already shown', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none"></mend-explainer>`);
      const events = record(el, 'mend-change');
      $(el, '#tab-check').click();
      $(el, '#tab-check').click();
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('check');
      expect(events).to.have.length(1);
    });

    it('shows one section without a tab bar when the content has only a comparison', async () => {
      const doc = await defaultDoc();
      const el = await mount<MendExplainer>(
        html`<mend-explainer
          persist="none"
          .content=${{ ...doc, scenarios: [], closedPath: undefined, selfCheck: undefined }}
        ></mend-explainer>`,
      );
      expect(visible($(el, '[role="tablist"]'))).to.equal(false);
      expect($$(el, '[role="tabpanel"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('view', () => {
    for (const view of ['compare', 'scenarios', 'check'] as const) {
      it(`view="${view}" shows only that section, without tabs`, async () => {
        const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view=${view}></mend-explainer>`);
        expect($$(el, '[role="tablist"]')).to.have.length(0);
        const sections = $$(el, 'section.section');
        expect(sections).to.have.length(1);
        expect(sections[0]?.getAttribute('aria-labelledby')).to.equal(`title-${view}`);
        expect($$(el, 'table').length > 0).to.equal(view === 'compare');
        expect($$(el, 'details').length > 0).to.equal(view === 'scenarios');
        expect($$(el, '.choices').length > 0).to.equal(view === 'check');
      });
    }

    it('view="all" stacks every section under a visible heading', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="all"></mend-explainer>`);
      expect($$(el, '[role="tablist"]')).to.have.length(0);
      const headings = $$(el, 'section.section > h3');
      expect(headings.map((h) => h.textContent?.trim())).to.deep.equal(['Compare', 'Scenarios', 'Self-check']);
      for (const heading of headings) expect(heading.getBoundingClientRect().height).to.be.greaterThan(10);
    });

    it('changes from code without firing events; an unknown view means tabs', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none"></mend-explainer>`);
      const events = record(el, 'mend-change');
      el.view = 'scenarios';
      await el.updateComplete;
      expect($$(el, '[role="tablist"]')).to.have.length(0);
      expect($$(el, 'details').length).to.be.greaterThan(0);
      el.setAttribute('view', 'nonsense');
      await el.updateComplete;
      expect($$(el, '[role="tab"]')).to.have.length(3);
      expect(events).to.have.length(0);
    });
  });

  describe('compare', () => {
    it('has definitions, a real table and the requirement lists', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="compare"></mend-explainer>`);
      expect($$(el, '.concept h4').map((h) => h.textContent?.trim())).to.deep.equal(['Forgiveness', 'Reconciliation']);
      expect($(el, 'table caption').textContent?.trim()).to.equal('How they differ');
      expect($$(el, 'thead th[scope="col"]')).to.have.length(2);
      expect($$(el, 'tbody th[scope="row"]')).to.have.length(6);
      expect($$(el, 'tbody td')).to.have.length(12);
      expect($$(el, '.requirements ul')).to.have.length(2);
    });

    it('shows a table on a wide container and cards on a narrow one', async () => {
      const el = await mount<MendExplainer>(
        html`<mend-explainer persist="none" view="compare" style="width: 900px"></mend-explainer>`,
      );
      const table = $(el, '.table-wrap');
      const cards = $(el, '.cards');
      expect(getComputedStyle(table).display).to.not.equal('none');
      expect(getComputedStyle(cards).display).to.equal('none');
      await expect(el).to.be.accessible();

      el.style.width = '300px';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getComputedStyle(table).display).to.equal('none');
      expect(getComputedStyle(cards).display).to.equal('grid');
      expect($$(el, '.cards .card')).to.have.length(6);
      expect(el.scrollWidth).to.be.at.most(300);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('scenarios', () => {
    it('opens and closes each scenario as a native disclosure', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="scenarios"></mend-explainer>`);
      const details = $$<HTMLDetailsElement>(el, 'details[part="scenario"]');
      expect(details).to.have.length(4);
      const first = details[0]!;
      expect(first.open).to.equal(false);
      const summary = first.querySelector('summary')!;
      expect(summary.textContent?.trim()).to.equal('A family member who keeps hurting you');
      summary.click();
      expect(first.open).to.equal(true);
      expect(first.textContent).to.contain('To reflect on:');
      expect(first.querySelectorAll('dt')).to.have.length(2);
      await expect(el).to.be.accessible();

      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(first.open).to.equal(false);
      await sendKeys({ press: 'Space' });
      expect(first.open).to.equal(true);
      expect($(el, '.closed h4').textContent?.trim()).to.equal('When reconciliation is not possible');
      expect($$(el, '.ideas li')).to.have.length(3);
    });

    it('opens every scenario for printing and closes them again after', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="scenarios"></mend-explainer>`);
      const details = $$<HTMLDetailsElement>(el, 'details');
      details[1]!.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.every((d) => d.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((d) => d.open)).to.deep.equal([false, true, false, false]);
    });
  });

  describe('self-check', () => {
    it('runs statement by statement, with feedback, events, a score and a retry', async () => {
      const doc = await defaultDoc();
      const items = doc.selfCheck!.items;
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="check"></mend-explainer>`);
      const events = record(el, 'mend-answer', 'mend-complete', 'mend-change');
      const ref = { contentId: 'reconciliation-vs-forgiveness', version: doc.version };

      for (const [i, item] of items.entries()) {
        expect($(el, '.progress').textContent?.trim()).to.equal(`Statement ${i + 1} of ${items.length}`);
        expect($(el, '.statement').textContent?.trim()).to.equal(item.statement);
        expect($(el, '[role="group"]').getAttribute('aria-labelledby')).to.equal('check-statement');
        // Right on every statement but the first two.
        const right = i >= 2;
        const choose = right ? item.concept : doc.concepts.find((c) => c.id !== item.concept)!.id;
        const buttons = $$<HTMLButtonElement>(el, '.choice');
        expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(['Forgiveness', 'Reconciliation']);
        buttons[doc.concepts.findIndex((c) => c.id === choose)]!.click();
        await el.updateComplete;
        await el.updateComplete;

        expect(events.at(-1)?.type).to.equal(i === items.length - 1 ? 'mend-complete' : 'mend-answer');
        const feedback = $(el, '#check-feedback');
        expect(shadow(el).activeElement).to.equal(feedback);
        expect(feedback.textContent).to.contain(right ? 'Yes, this describes' : 'Not quite: this describes');
        expect(feedback.textContent).to.contain(item.explanation);
        expect($$<HTMLButtonElement>(el, '.choice').every((b) => b.disabled)).to.equal(true);
        if (i === 0) await expect(el).to.be.accessible();

        const next = $<HTMLButtonElement>(el, '.button.primary');
        expect(next.textContent?.trim()).to.equal(i === items.length - 1 ? 'See your result' : 'Next statement');
        next.click();
        await el.updateComplete;
        await el.updateComplete;
      }

      const answers = events.filter((e) => e.type === 'mend-answer');
      expect(answers).to.have.length(items.length);
      expect(answers[0]?.detail).to.deep.equal({
        ...ref,
        itemId: items[0]!.id,
        choice: 'reconciliation',
        chosen: 'reconciliation',
        correct: false,
        answered: 1,
        total: items.length,
      });
      expect(answers[2]?.detail).to.deep.equal({
        ...ref,
        itemId: items[2]!.id,
        choice: items[2]!.concept,
        chosen: items[2]!.concept,
        correct: true,
        answered: 3,
        total: items.length,
      });
      const complete = events.filter((e) => e.type === 'mend-complete');
      expect(complete).to.have.length(1);
      expect(complete[0]?.detail).to.deep.equal({ ...ref, score: items.length - 2, total: items.length });
      expect(events.some((e) => e.type === 'mend-change')).to.equal(false);

      expect($(el, '.score').textContent?.trim()).to.equal(`${items.length - 2} of ${items.length}`);
      expect(shadow(el).activeElement?.id).to.equal('check-result');
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '.check-screen .button').click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '.progress').textContent?.trim()).to.equal(`Statement 1 of ${items.length}`);
      expect(shadow(el).activeElement?.id).to.equal('check-statement');
      expect($$(el, '#check-feedback')).to.have.length(0);
    });

    /** Answers every statement: wrong on those listed, right on the others; ends on the result. */
    async function answerAll(el: MendExplainer, doc: ExplainerContent, wrong: number[]): Promise<void> {
      for (const [i, item] of doc.selfCheck!.items.entries()) {
        const choose = wrong.includes(i) ? doc.concepts.find((c) => c.id !== item.concept)!.id : item.concept;
        $$<HTMLButtonElement>(el, '.choice')[doc.concepts.findIndex((c) => c.id === choose)]!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.button.primary').click();
        await el.updateComplete;
        await el.updateComplete;
      }
    }

    for (const theme of ['light', 'dark'])
      it(`marks the pick and the match in words after a wrong answer (${theme})`, async () => {
        const doc = await defaultDoc();
        const el = await mount<MendExplainer>(
          html`<mend-explainer persist="none" view="check" theme=${theme}></mend-explainer>`,
        );
        const [forgiveness, reconciliation] = $$<HTMLButtonElement>(el, '.choice');
        expect(doc.selfCheck!.items[0]!.concept).to.equal('forgiveness');
        reconciliation!.click();
        await el.updateComplete;
        await el.updateComplete;
        const mine = $<HTMLButtonElement>(el, '.choice.chosen');
        const match = $<HTMLButtonElement>(el, '.choice.correct');
        expect(mine).to.equal(reconciliation);
        expect(match).to.equal(forgiveness);
        expect(mine.textContent).to.contain('your answer');
        expect(mine.textContent).not.to.contain('the match');
        expect(match.textContent).to.contain('✓ the match');
        // Not greyed out, and the pick is not dressed as the main action.
        expect(getComputedStyle(match).opacity).to.equal('1');
        expect(getComputedStyle(mine).opacity).to.equal('1');
        const primary = getComputedStyle($(el, '.button.primary')).backgroundColor;
        expect(getComputedStyle(mine).backgroundColor).not.to.equal(primary);
        // The verdict, where focus goes, says it in words too.
        expect(shadow(el).activeElement?.textContent).to.contain('Not quite: this describes Forgiveness.');
        await expect(el).to.be.accessible();
      });

    it('marks one button as both the pick and the match after a right answer', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="check"></mend-explainer>`);
      $<HTMLButtonElement>(el, '.choice').click();
      await el.updateComplete;
      const mine = $<HTMLButtonElement>(el, '.choice.chosen');
      expect(mine.classList.contains('correct')).to.equal(true);
      expect(mine.textContent).to.contain('your answer');
      expect(mine.textContent).to.contain('the match');
      expect($$(el, '.choice.correct')).to.have.length(1);
    });

    for (const theme of ['light', 'dark'])
      it(`lists what was missed, each with a link back to its comparison row (${theme})`, async () => {
        const doc = await defaultDoc();
        const items = doc.selfCheck!.items;
        const el = await mount<MendExplainer>(html`<mend-explainer persist="none" theme=${theme}></mend-explainer>`);
        $(el, '#tab-check').click();
        await el.updateComplete;
        await answerAll(el, doc, [0, 3]);
        const missed = $$(el, '.missed li');
        expect(missed).to.have.length(2);
        expect(missed[0]!.textContent).to.contain(items[0]!.statement);
        expect(missed[0]!.textContent).to.contain('It describes Forgiveness.');
        const links = $$<HTMLAnchorElement>(el, '.missed a');
        const rows = [items[0]!.row, items[3]!.row];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(rows.map((r) => `#row-${r}`));
        const aspect = doc.comparison.find((r) => r.id === rows[1])!.aspect;
        expect(links[1]!.textContent?.trim()).to.equal(`See “${aspect}” in the comparison`);
        await expect(el).to.be.accessible();

        const changes = record(el, 'mend-change');
        const href = location.href;
        links[1]!.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(selectedTab(el)).to.equal('compare');
        expect(changes.map((e) => e.detail['view'])).to.deep.equal(['compare']);
        const target = shadow(el).activeElement as HTMLElement;
        expect(target.id).to.equal(`row-${rows[1]}`);
        expect(target.textContent?.trim()).to.equal(aspect);
        expect(location.href).to.equal(href);
        await expect(el).to.be.accessible();

        // Back on the self-check tab, the review is still there.
        $(el, '#tab-check').click();
        await el.updateComplete;
        expect($$(el, '.missed li')).to.have.length(2);
      });

    it('links to the comparison card on a narrow container, and stacks with view="all"', async () => {
      const doc = await defaultDoc();
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px"><mend-explainer persist="none" view="all"></mend-explainer></div>`,
      );
      const el = wrap.querySelector('mend-explainer')!;
      await settled(el);
      await answerAll(el, doc, [1]);
      $<HTMLAnchorElement>(el, '.missed a').click();
      await el.updateComplete;
      await el.updateComplete;
      const target = shadow(el).activeElement as HTMLElement;
      expect(target.id).to.equal(`card-${doc.selfCheck!.items[1]!.row}`);
      expect(visible(target)).to.equal(true);
    });

    it('names what was missed without links when the comparison is not on screen', async () => {
      const doc = await defaultDoc();
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="check"></mend-explainer>`);
      await answerAll(el, doc, [2]);
      expect($$(el, '.missed li')).to.have.length(1);
      expect($$(el, '.missed a')).to.have.length(0);
    });

    it('lists nothing when every statement was matched', async () => {
      const doc = await defaultDoc();
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="check"></mend-explainer>`);
      await answerAll(el, doc, []);
      expect($(el, '.score').textContent?.trim()).to.equal('8 of 8');
      expect($$(el, '.missed')).to.have.length(0);
    });

    it('keeps its place when lang changes and the content reloads', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="check"></mend-explainer>`);
      $<HTMLButtonElement>(el, '.choice').click();
      await el.updateComplete;
      const events = record(el, 'mend-answer', 'mend-complete', 'mend-change');
      const ready = oneEvent(el, 'mend-ready');
      el.setAttribute('lang', 'es');
      await ready;
      await el.updateComplete;
      expect($$(el, '#check-feedback')).to.have.length(1);
      expect($$<HTMLButtonElement>(el, '.choice').every((b) => b.disabled)).to.equal(true);
      expect(events).to.have.length(0);
    });

    it('prints every statement with a box per concept', async () => {
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" view="check"></mend-explainer>`);
      expect(getComputedStyle($(el, '.print-list')).display).to.equal('none');
      expect($$(el, '.print-list li')).to.have.length(8);
      expect($$(el, '.print-list li:first-child .box')).to.have.length(2);
    });
  });

  describe('content', () => {
    it('shows a second document comparing two other ideas', async () => {
      const response = await fetch('/content/explainer/apology-vs-amends/en.json');
      const amends = (await response.json()) as unknown;
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" .content=${amends}></mend-explainer>`);
      expect(el.status).to.equal('ready');
      expect($$(el, 'thead th').map((th) => th.textContent?.trim())).to.deep.equal(['Apology', 'Making amends']);
      await expect(el).to.be.accessible();
    });

    it('shows the error panel for a statement naming a comparison row that is not there', async () => {
      const doc = await defaultDoc();
      const [first, ...rest] = doc.selfCheck!.items;
      const broken = { ...doc, selfCheck: { ...doc.selfCheck!, items: [{ ...first!, row: 'nowhere' }, ...rest] } };
      const el = await mount<MendExplainer>(html`<mend-explainer persist="none" .content=${broken}></mend-explainer>`);
      expect(el.status).to.equal('error');
      expect($(el, '[role="alert"]').textContent).to.contain('selfCheck.items[0].row');
    });

    it('shows the error panel for a row naming a concept that is not there', async () => {
      const doc = await defaultDoc();
      const [first, ...rest] = doc.comparison;
      const broken = {
        ...doc,
        comparison: [{ ...first, text: { forgiveness: 'Only you.', trust: 'Both.' } }, ...rest],
      };
      const el = document.createElement('mend-explainer');
      el.content = broken as typeof doc; // well-formed, but names a concept that is not there
      const error = oneEvent(el, 'mend-error');
      document.body.append(el);
      try {
        const { detail } = await error;
        await settled(el);
        expect(el.status).to.equal('error');
        expect(detail.kind).to.equal('validation');
        const panel = $(el, '[role="alert"]');
        expect(panel.textContent).to.contain('comparison[0].text.trust');
        expect(panel.textContent).to.contain('reconciliation');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });

  describe('accessibility in every view, light and dark', () => {
    for (const theme of ['light', 'dark'])
      for (const view of [undefined, 'compare', 'scenarios', 'check', 'all'])
        it(`view=${view ?? '(tabs)'} theme=${theme}`, async () => {
          const el = await mount<MendExplainer>(
            html`<mend-explainer persist="none" theme=${theme} view=${view ?? ''}></mend-explainer>`,
          );
          if (!view) el.removeAttribute('view');
          await el.updateComplete;
          await expect(el).to.be.accessible();
          for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
          await expect(el).to.be.accessible();
        });
  });
});
