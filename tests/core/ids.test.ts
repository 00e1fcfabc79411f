import { validateKind, type ChecklistContent, type ExplainerContent } from '@mendkit/core';
import '@mendkit/checklist/mend-checklist.js';
import '@mendkit/explainer/mend-explainer.js';
import type { MendChecklist } from '@mendkit/checklist';
import type { MendExplainer } from '@mendkit/explainer';
import { guardProgress, isDone, mergeProgress, setChecked } from '../../packages/checklist/src/progress.js';
import {
  answerOf,
  emptyAnswers,
  firstUnansweredIndex,
  restoreSelfCheckAnswers,
  scoreSelfCheck,
  withAnswer,
} from '../../packages/explainer/src/self-check.js';
import { expect, html } from '@open-wc/testing';
import { checklistFixture, explainerFixture, quizFixture } from '../support/fixtures.js';
import { mount, shadow } from '../support/helpers.js';

// Names of Object.prototype members. The lowercase ones are valid ids and must behave like any
// other id; the others are not valid ids and must be refused with a path, never crash.
const validIds = ['constructor', 'hasownproperty', 'valueof', 'isprototypeof'];
const invalidIds = ['__proto__', 'toString', 'hasOwnProperty'];

const ok = (result: { ok: boolean; problems?: unknown }) =>
  expect(result.ok, JSON.stringify(result.problems)).to.equal(true);

describe('ids named after built-in object members', () => {
  describe('validation', () => {
    it('accepts them as quiz dimension, question, option and outcome ids', () => {
      for (const id of validIds) {
        const doc = quizFixture();
        doc.dimensions[0]!.id = id;
        doc.questions[0]!.dimension = id;
        doc.questions[0]!.id = id;
        doc.questions[0]!.options![0]!.id = id;
        doc.outcomes[1]!.id = id;
        doc.outcomes[1]!.rule = { all: [{ dimension: id, atLeast: 0.5 }, { chosen: { question: id, option: id } }] };
        ok(validateKind('quiz', doc));
      }
    });

    it('refuses the invalid ones with a path in every kind', () => {
      for (const id of invalidIds) {
        const quiz = quizFixture();
        quiz.questions[1]!.id = id;
        expect(validateKind('quiz', quiz)).to.deep.include({ ok: false });
        const checklist = checklistFixture();
        checklist.groups[0]!.items[0]!.id = id;
        const result = validateKind('checklist', checklist);
        expect(!result.ok && result.problems[0]?.path).to.equal('groups[0].items[0].id');
        const explainer = explainerFixture();
        explainer.selfCheck!.items[0]!.id = id;
        const refused = validateKind('explainer', explainer);
        expect(!refused.ok && refused.problems[0]?.path).to.equal('selfCheck.items[0].id');
      }
    });

    it('still finds duplicates among them', () => {
      const doc = checklistFixture();
      doc.groups[0]!.items[0]!.id = 'constructor';
      doc.groups[0]!.items[1]!.id = 'constructor';
      const result = validateKind('checklist', doc);
      expect(!result.ok && result.problems).to.deep.equal([
        { path: 'groups[0].items[1].id', message: 'repeats the id "constructor"' },
      ]);
    });

    it('accepts them as explainer concept and statement ids, and notices a missing text for them', () => {
      const doc = explainerFixture();
      doc.concepts[0]!.id = 'constructor';
      doc.comparison[0]!.text = { constructor: 'You alone.', two: 'Both of you.' };
      doc.scenarios[0]!.text = { constructor: 'Let go.', two: 'Talk.' };
      doc.selfCheck!.items[0] = { ...doc.selfCheck!.items[0]!, id: 'hasownproperty', concept: 'constructor' };
      ok(validateKind('explainer', doc));
      doc.comparison[0]!.text = { two: 'Both of you.' };
      const result = validateKind('explainer', doc);
      expect(!result.ok && result.problems).to.deep.equal([
        { path: 'comparison[0].text', message: 'has no text for the concept "constructor"' },
      ]);
    });

    it('names a "__proto__" key in a text record instead of dropping it silently', () => {
      const text = JSON.stringify(explainerFixture()).replace('"text":{"one"', '"text":{"__proto__":"x","one"');
      const result = validateKind('explainer', JSON.parse(text));
      expect(!result.ok && result.problems).to.deep.equal([
        { path: 'comparison[0].text.__proto__', message: 'is not a name content may use' },
      ]);
    });

    it('names a "toString" key in a text record as an unknown concept', () => {
      const doc = explainerFixture();
      doc.comparison[0]!.text = { ...doc.comparison[0]!.text, toString: 'x' };
      const result = validateKind('explainer', doc);
      expect(!result.ok && result.problems[0]?.path).to.equal('comparison[0].text.toString');
    });
  });

  describe('checklist progress', () => {
    const today = '2026-03-29';
    const items = validIds.map((id, i) => ({ id, label: id, cadence: i % 2 ? ('daily' as const) : ('once' as const) }));

    it('starts with nothing done and ticks each one on its own', () => {
      let progress = mergeProgress(guardProgress({ once: {}, days: {} })!, items, today);
      for (const item of items) expect(isDone(progress, item, today), item.id).to.equal(false);
      progress = setChecked(progress, items[0]!, true, today);
      progress = setChecked(progress, items[1]!, true, today);
      expect(items.map((item) => isDone(progress, item, today))).to.deep.equal([true, true, false, false]);
      progress = setChecked(progress, items[0]!, false, today);
      expect(isDone(progress, items[0]!, today)).to.equal(false);
    });

    it('keeps a saved "__proto__" key as data, without touching any prototype', () => {
      const saved = JSON.parse(
        '{"once":{"__proto__":"2026-03-28","constructor":"2026-03-28"},"days":{"__proto__":[]}}',
      );
      const progress = guardProgress(saved)!;
      expect(Object.keys(progress.once)).to.deep.equal(['__proto__', 'constructor']);
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(progress.once)).to.equal(null);
    });
  });

  describe('self-check answers', () => {
    const items = [
      { id: 'constructor', concept: 'one' },
      { id: 'hasownproperty', concept: 'two' },
    ];

    it('are unanswered until answered', () => {
      const none = emptyAnswers();
      expect(answerOf(none, 'constructor')).to.equal(undefined);
      expect(firstUnansweredIndex(items, none)).to.equal(0);
      expect(scoreSelfCheck(items, none)).to.deep.equal({ score: 0, total: 2 });
      const one = withAnswer(none, 'constructor', 'one');
      expect(firstUnansweredIndex(items, one)).to.equal(1);
      expect(scoreSelfCheck(items, withAnswer(one, 'hasownproperty', 'one'))).to.deep.equal({ score: 1, total: 2 });
      // Even plain objects, as older code passes, read only their own answers.
      expect(firstUnansweredIndex(items, {})).to.equal(0);
    });

    it('restore only their own saved keys', () => {
      const restored = restoreSelfCheckAnswers(JSON.parse('{"hasownproperty":"two"}'), items, ['one', 'two'])!;
      expect(answerOf(restored, 'constructor')).to.equal(undefined);
      expect(answerOf(restored, 'hasownproperty')).to.equal('two');
    });
  });

  describe('rendered', () => {
    it('a checklist with such item ids shows and ticks them', async () => {
      const doc: ChecklistContent = checklistFixture();
      doc.id = `ids-${Date.now()}`;
      doc.groups[0]!.items = validIds.map((id) => ({ id, label: `Item ${id}`, cadence: 'once' as const }));
      const el = await mount<MendChecklist>(html`<mend-checklist no-persist .content=${doc}></mend-checklist>`);
      expect(el.status).to.equal('ready');
      const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.map((box) => box.checked)).to.deep.equal([false, false, false, false]);
      boxes[0]!.click();
      await el.updateComplete;
      expect(boxes.map((box) => box.checked)).to.deep.equal([true, false, false, false]);
      await expect(el).to.be.accessible();
    });

    it('an explainer with a concept called "constructor" shows its texts', async () => {
      const doc: ExplainerContent = explainerFixture();
      doc.concepts[0]!.id = 'constructor';
      doc.comparison[0]!.text = { constructor: 'You alone.', two: 'Both of you.' };
      doc.scenarios[0]!.text = { constructor: 'Let go.', two: 'Talk.' };
      doc.requirements[0]!.concept = 'constructor';
      doc.selfCheck!.items[0]!.concept = 'constructor';
      const el = await mount<MendExplainer>(html`<mend-explainer no-persist .content=${doc}></mend-explainer>`);
      expect(el.status).to.equal('ready');
      expect(shadow(el).textContent).to.contain('You alone.');
      await expect(el).to.be.accessible();
    });

    it('an explainer self-check statement called "constructor" can be answered and scored', async () => {
      const doc: ExplainerContent = explainerFixture();
      doc.selfCheck!.items[0]!.id = 'constructor';
      const el = await mount<MendExplainer>(
        html`<mend-explainer persist="none" view="check" .content=${doc}></mend-explainer>`,
      );
      const choice = shadow(el).querySelector<HTMLButtonElement>('.choice');
      expect(choice?.disabled, 'the statement starts unanswered').to.equal(false);
      choice!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('#check-feedback')).to.not.equal(null);
      shadow(el).querySelector<HTMLButtonElement>('.button.primary')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.score')?.textContent?.trim()).to.equal('1 of 1');
    });
  });
});
