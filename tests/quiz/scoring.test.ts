import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SAFETY_FLAG, optionIdsOf, type QuizContent } from '@mendkit/core';
import { score, walk, type QuizAnswers } from '../../packages/quiz/src/scoring.js';
import raw from '../../packages/quiz/src/generated/content/en.js';
import { healthyAnswers, outcomeExamples } from '../support/quiz-answers.js';

const content = raw as QuizContent;

/** Any answer, a garbage one, or none, for every question. */
const anyAnswers = (doc: QuizContent) =>
  fc.record(
    Object.fromEntries(
      doc.questions.map((q) => [q.id, fc.oneof(fc.constantFrom(...optionIdsOf(q)), fc.string({ maxLength: 3 }))]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<QuizAnswers>;

const inRange = (n: number) => n >= 0 && n <= 1 && !Number.isNaN(n);

describe('quiz scoring', () => {
  it('has a worked example for every outcome of the default content', () => {
    expect(Object.keys(outcomeExamples)).to.have.members(content.outcomes.map((o) => o.id));
  });

  for (const [outcomeId, answers] of Object.entries(outcomeExamples)) {
    it(`reaches "${outcomeId}"`, () => {
      expect(score(content, answers).outcomeId).to.equal(outcomeId);
    });
  }

  it('scores a healthy set at the top of every dimension', () => {
    const result = score(content, healthyAnswers);
    expect(result.total).to.equal(1);
    expect(result.flags).to.deep.equal([]);
    expect(Object.keys(result.dimensions)).to.have.members(content.dimensions.map((d) => d.id));
    for (const value of Object.values(result.dimensions)) expect(value).to.equal(1);
  });

  it('normalises each question by its own best score and reverses reversed scales', () => {
    // pattern: single (3/3) and some-signs is not asked; safety: no (1), no (1), eggshells "5" reversed (0)
    const result = score(content, { ...healthyAnswers, eggshells: '5', 'good-times': 'sometimes' });
    expect(result.dimensions['safety']).to.be.closeTo(2 / 3, 1e-9);
    expect(result.dimensions['foundation']).to.be.closeTo((2 / 3 + 1) / 2, 1e-9);
  });

  it('leaves dimensions with no answer unscored, so no rule about them holds', () => {
    const result = score(content, { 'feel-afraid': 'no' });
    expect(result.dimensions).to.deep.equal({ safety: 1 });
    // healing and pattern are unanswered: "below 0.4" must not hold for them.
    expect(result.outcomeId).to.equal('mixed-picture');
    expect(score(content, {}).total).to.equal(0);
    expect(score(content, {}).outcomeId).to.equal('mixed-picture');
  });

  it('ignores unknown questions and options', () => {
    const result = score(content, { ...healthyAnswers, nope: 'x', 'hard-talks': 'shouting', 'calm-myself': '9' });
    expect(result.outcomeId).to.equal('both-paths-open');
    expect(result.dimensions['communication']).to.equal(1);
  });

  describe('showIf', () => {
    it('asks the follow-up only after a pattern', () => {
      const ids = (answers: QuizAnswers) => walk(content, answers).visible.map((q) => q.id);
      expect(ids(healthyAnswers)).not.to.include('pattern-changing');
      expect(ids({ 'one-off': 'few-times' })).to.include('pattern-changing');
    });

    it('gives a hidden question no weight and ignores its stale answer', () => {
      const stale = { ...healthyAnswers, 'pattern-changing': 'no' };
      expect(score(content, stale)).to.deep.equal(score(content, healthyAnswers));
      expect(score(content, stale).dimensions['pattern']).to.equal(1);
      const asked = { ...healthyAnswers, 'one-off': 'few-times', 'pattern-changing': 'no' };
      expect(score(content, asked).dimensions['pattern']).to.be.closeTo(1 / 6, 1e-9);
    });

    it('keeps a hidden question’s safety answer (the person said it) but not its score or other flags', () => {
      const doc: QuizContent = {
        ...content,
        questions: [
          {
            id: 'gate',
            prompt: 'Gate?',
            dimension: 'safety',
            options: [
              { id: 'open', label: 'Open', score: 1 },
              { id: 'shut', label: 'Shut', score: 0 },
            ],
          },
          {
            id: 'behind',
            prompt: 'Behind?',
            dimension: 'safety',
            showIf: { chosen: { question: 'gate', option: 'open' } },
            options: [
              { id: 'fine', label: 'Fine', score: 1 },
              { id: 'afraid', label: 'Afraid', score: 0, flags: [SAFETY_FLAG] },
            ],
          },
        ],
      };
      expect(score(doc, { gate: 'open', behind: 'afraid' }).outcomeId).to.equal('safety-first');
      const hidden = score(doc, { gate: 'shut', behind: 'afraid' });
      expect(hidden.flags).to.deep.equal([]);
      expect(hidden.dimensions).to.deep.equal({ safety: 0 });
      expect(hidden.flagged).to.equal(true);
      expect(hidden.outcomeId).to.equal('safety-first');
    });
  });

  describe('properties', () => {
    const outcomeIds = content.outcomes.map((o) => o.id);

    it('keeps every score within 0..1 and always finds an outcome', () => {
      fc.assert(
        fc.property(anyAnswers(content), (answers) => {
          const result = score(content, answers);
          return (
            inRange(result.total) &&
            Object.values(result.dimensions).every(inRange) &&
            outcomeIds.includes(result.outcomeId)
          );
        }),
      );
    });

    it('lets a safety flag win whatever else is answered', () => {
      const flagged = content.questions.flatMap((q) =>
        (q.options ?? []).filter((o) => o.flags?.includes(SAFETY_FLAG)).map((o) => [q.id, o.id] as const),
      );
      fc.assert(
        fc.property(anyAnswers(content), fc.constantFrom(...flagged), (answers, [question, option]) => {
          const result = score(content, { ...answers, [question]: option });
          return result.outcomeId === 'safety-first' && result.flags.includes(SAFETY_FLAG);
        }),
      );
    });

    it('lets a safety flag win whatever the outcome order and option scores', () => {
      const reweighted = fc.array(fc.nat(10), { minLength: 64, maxLength: 64 });
      const shuffled = fc.shuffledSubarray(content.outcomes, { minLength: content.outcomes.length });
      fc.assert(
        fc.property(anyAnswers(content), shuffled, reweighted, (answers, outcomes, weights) => {
          let i = 0;
          const doc: QuizContent = {
            ...content,
            outcomes,
            questions: content.questions.map((q) =>
              q.options ? { ...q, options: q.options.map((o) => ({ ...o, score: weights[i++ % 64] ?? 0 })) } : q,
            ),
          };
          const result = score(doc, { ...answers, 'feel-afraid': 'often' });
          return (
            result.outcomeId === 'safety-first' &&
            inRange(result.total) &&
            Object.values(result.dimensions).every(inRange)
          );
        }),
      );
    });
  });
});
