import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clearStores, optionIdsOf, ProgressController, SAFETY_FLAG, type QuizContent } from '@mendkit/core';
import raw from '../../packages/quiz/src/generated/content/en.js';
import { evaluateQuiz, hasSafetyAnswer, score, type QuizAnswers } from '../../packages/quiz/src/scoring.js';
import { quizFixture } from '../support/fixtures.js';

// Property tests for the safety promises: over random answer sets, any safety answer means the
// safety outcome with no score to show, and the progress store (with the quiz's keep rule)
// never holds it.

const content = raw as QuizContent;
const safetyAnswers = content.questions.flatMap((q) =>
  (q.options ?? []).filter((o) => o.flags?.includes(SAFETY_FLAG)).map((o) => [q.id, o.id] as const),
);
const anyAnswers = fc.record(
  Object.fromEntries(content.questions.map((q) => [q.id, fc.constantFrom(...optionIdsOf(q))])),
  { requiredKeys: [] },
) as fc.Arbitrary<QuizAnswers>;

/** A host for the controller: the persistence mode under test and no storage key of its own. */
const host = (persistence: 'session' | 'device') => ({
  persistence,
  storageKey: undefined,
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
});

describe('quiz safety properties', () => {
  afterEach(() => clearStores('mendkit:'));

  it('any answer set with a safety answer gives the safety outcome, support first, never a score to show', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...safetyAnswers), (answers, [question, option]) => {
        const result = evaluateQuiz(content, { ...answers, [question]: option });
        return result.outcomeId === 'safety-first' && result.flagged && result.supportFirst;
      }),
      { numRuns: 300 },
    );
  });

  it('the progress store never keeps an answer set that holds a safety answer, in either storage', () => {
    for (const persistence of ['session', 'device'] as const) {
      const progress = new ProgressController<{ answers: QuizAnswers }, QuizContent>(host(persistence), {
        kind: 'quiz',
        guard: (value) => value as { answers: QuizAnswers },
        keep: (saved, doc) => !hasSafetyAnswer(doc, saved.answers),
      });
      progress.restore(content);
      fc.assert(
        fc.property(anyAnswers, fc.option(fc.constantFrom(...safetyAnswers)), (answers, safety) => {
          progress.clear();
          const chosen = safety ? { ...answers, [safety[0]]: safety[1] } : answers;
          progress.save({ answers: chosen });
          const stored = [localStorage, sessionStorage]
            .flatMap((s) =>
              Object.keys(s)
                .filter((k) => k.startsWith('mendkit:'))
                .map((k) => s.getItem(k)),
            )
            .join('');
          return hasSafetyAnswer(content, chosen) ? stored === '' : stored.length > 0;
        }),
        { numRuns: 200 },
      );
    }
  });

  it('treats ids named after object properties as ordinary ids', () => {
    const doc = quizFixture() as unknown as QuizContent;
    doc.dimensions = [
      { id: 'constructor', label: 'Safety', description: 'Whether you feel safe.' },
      { id: 'tostring', label: 'Talking', description: 'Whether you can talk.' },
    ];
    doc.questions = [
      { ...doc.questions[0]!, id: 'constructor', dimension: 'constructor' },
      { ...doc.questions[1]!, id: 'hasownproperty', dimension: 'tostring' },
    ];
    doc.outcomes = [
      { id: 'safety-first', title: 'Safety first', body: 'Reach out.', steps: [], rule: { flag: 'safety' } },
      {
        id: 'talking',
        title: 'Talking',
        body: 'Keep talking.',
        steps: [],
        rule: { dimension: 'tostring', atLeast: 0.5 },
      },
      { id: 'mixed', title: 'Mixed', body: 'Take time.', steps: [] },
    ];
    const before = Object.getOwnPropertyNames(Object).length;
    const result = score(doc, { constructor: 'no', hasownproperty: '5' });
    expect(result.dimensions).to.deep.equal({ constructor: 1, tostring: 1 });
    expect(result.total).to.equal(1);
    expect(result.outcomeId).to.equal('talking');
    expect(Object.getOwnPropertyNames(Object).length, 'nothing written onto Object').to.equal(before);
    expect(score(doc, { constructor: 'yes' }).outcomeId).to.equal('safety-first');
    expect(evaluateQuiz(doc, {}).visible.map((q) => q.id)).to.deep.equal(['constructor', 'hasownproperty']);
  });
});
