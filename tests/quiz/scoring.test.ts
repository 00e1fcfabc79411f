import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SAFETY_FLAG, isSafetyOutcome, optionIdsOf, validateKind, type QuizContent } from '@mendkit/core';
import {
  lowestFirst,
  obstacles,
  score,
  standingOf,
  STEADY_FROM,
  STRAINED_BELOW,
  walk,
  type QuizAnswers,
} from '../../packages/quiz/src/scoring.js';
import ar from '../../packages/quiz/src/generated/content/ar.js';
import de from '../../packages/quiz/src/generated/content/de.js';
import raw from '../../packages/quiz/src/generated/content/en.js';
import es from '../../packages/quiz/src/generated/content/es.js';
import fr from '../../packages/quiz/src/generated/content/fr.js';
import { healthyAnswers, outcomeExamples, warningSignAnswers } from '../support/quiz-answers.js';

const content = raw as QuizContent;
const locales = { en: raw, es, fr, de, ar } as Record<string, QuizContent>;

const CONCERN = 'concern-first';
/** The quieter warning signs the concern outcome looks for, as answers: none raises the safety flag. */
const signs: [question: string, option: string][] = [
  ['feel-afraid', 'uneasy'],
  ['harm-or-control', 'unsure'],
  ['pressure', 'unsure'],
  ['eggshells', '4'],
  ['eggshells', '5'],
  ['they-own-part', 'deny'],
  ['hard-talks', 'attack'],
];
/** Questions about harm, fear and pressure, where "I'd rather not say" is offered. */
const sensitive = ['feel-afraid', 'harm-or-control', 'pressure'];
const PREFER = 'prefer-not-to-say';
const without = (answers: QuizAnswers, ...ids: string[]) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

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
    // safety: no (1), no (1), no (1), eggshells "5" reversed (0)
    const result = score(content, { ...healthyAnswers, eggshells: '5', 'good-times': 'sometimes' });
    expect(result.dimensions['safety']).to.be.closeTo(3 / 4, 1e-9);
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

  describe('"I\'d rather not say"', () => {
    it('is offered on every question about harm, fear or pressure, in every locale', () => {
      for (const [locale, doc] of Object.entries(locales))
        for (const id of sensitive) {
          const option = doc.questions.find((q) => q.id === id)?.options?.find((o) => o.id === PREFER);
          expect(option, `${locale} ${id}`).to.deep.include({ preferNotToSay: true });
          expect(option?.score, `${locale} ${id}`).to.equal(undefined);
          expect(option?.flags, `${locale} ${id}`).to.equal(undefined);
        }
    });

    it('is never scored: a dimension answered only with it has no score', () => {
      const declined = Object.fromEntries(sensitive.map((id) => [id, PREFER]));
      const result = score(content, declined);
      expect(result.dimensions).to.deep.equal({});
      expect(result.flags).to.deep.equal([]);
      expect(result.total).to.equal(0);
      // Only eggshells is left to score safety.
      const rest = score(content, { ...healthyAnswers, ...declined, eggshells: '2' });
      expect(rest.dimensions['safety']).to.equal(0.75);
    });

    it('weighs exactly as much as leaving the question out, whatever else is answered', () => {
      fc.assert(
        fc.property(anyAnswers(content), fc.constantFrom(...sensitive), (answers, id) => {
          const declined = score(content, { ...answers, [id]: PREFER });
          const left = score(content, without(answers, id));
          expect(declined.dimensions).to.deep.equal(left.dimensions);
          expect(declined.flags).to.have.members(left.flags);
          expect(declined.total).to.equal(left.total);
        }),
      );
    });

    it('never leads to "Both paths look open" on a sensitive question', () => {
      for (const id of sensitive)
        expect(score(content, { ...healthyAnswers, [id]: PREFER }).outcomeId).to.equal('mixed-picture');
    });
  });

  describe('unscored screening questions', () => {
    // A question without a dimension: its answers raise flags that rules read, and no score.
    const screening: QuizContent = {
      ...content,
      questions: [
        {
          id: 'screen',
          prompt: 'Screen?',
          options: [
            { id: 'fine', label: 'Fine' },
            { id: 'unsure', label: 'Unsure', flags: ['unclear-harm'] },
            { id: 'afraid', label: 'Afraid', flags: [SAFETY_FLAG] },
            { id: PREFER, label: 'Rather not say', preferNotToSay: true },
          ],
        },
        ...content.questions,
      ],
    };

    it('is valid content', () => {
      const result = validateKind('quiz', screening);
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
    });

    it('contributes flags but no score', () => {
      const healthy = score(screening, healthyAnswers);
      for (const option of ['fine', 'unsure', 'afraid', PREFER]) {
        const result = score(screening, { ...healthyAnswers, screen: option });
        expect(result.dimensions, option).to.deep.equal(healthy.dimensions);
        expect(result.total, option).to.equal(healthy.total);
      }
      expect(score(screening, { screen: 'unsure' }).flags).to.deep.equal(['unclear-harm']);
      expect(score(screening, { screen: 'unsure' }).dimensions).to.deep.equal({});
    });

    it('feeds the rules: its safety flag wins, its quieter flag counts as a sign', () => {
      expect(score(screening, { ...healthyAnswers, screen: 'afraid' }).outcomeId).to.equal('safety-first');
      expect(score(screening, { ...healthyAnswers, screen: 'unsure' }).outcomeId).not.to.equal(CONCERN);
      expect(score(screening, { ...healthyAnswers, screen: 'unsure', 'hard-talks': 'attack' }).outcomeId).to.equal(
        CONCERN,
      );
    });
  });

  describe('the concern path', () => {
    for (const [locale, doc] of Object.entries(locales)) {
      it(`leads the warning signs of issue #10 to the concern outcome, support first (${locale})`, () => {
        const result = score(doc, warningSignAnswers);
        expect(result.outcomeId).to.equal(CONCERN);
        expect(result.flags).not.to.include(SAFETY_FLAG);
        const outcome = doc.outcomes.find((o) => o.id === CONCERN);
        expect(outcome?.supportFirst).to.equal(true);
        // Right after the safety outcome, before every outcome that reads scores.
        expect(doc.outcomes.findIndex(isSafetyOutcome)).to.equal(0);
        expect(doc.outcomes[1]?.id).to.equal(CONCERN);
        // Its steps are for the person alone: none leads to the trust actions they would do together.
        expect(outcome?.steps.filter((step) => step.target || step.href)).to.deep.equal([]);
      });

      it(`reaches the same outcome as English for every worked example (${locale})`, () => {
        for (const [outcomeId, answers] of Object.entries(outcomeExamples))
          expect(score(doc, answers).outcomeId, outcomeId).to.equal(outcomeId);
      });
    }

    it('does not hang on the follow-up about the pattern', () => {
      for (const followUp of ['shifting', 'talk-only', 'no', undefined]) {
        const answers = { ...warningSignAnswers, 'pattern-changing': followUp ?? '' };
        expect(score(content, followUp ? answers : without(answers, 'pattern-changing')).outcomeId).to.equal(CONCERN);
      }
    });

    it('takes any two different signs, and no single one, to the concern outcome', () => {
      for (const [i, [q1, o1]] of signs.entries()) {
        const one = score(content, { ...healthyAnswers, [q1]: o1 });
        expect(one.outcomeId, `${q1}=${o1}`).not.to.equal(CONCERN);
        for (const [q2, o2] of signs.slice(i + 1)) {
          if (q1 === q2) continue;
          const two = score(content, { ...healthyAnswers, [q1]: o1, [q2]: o2 });
          expect(two.outcomeId, `${q1}=${o1} and ${q2}=${o2}`).to.equal(CONCERN);
        }
      }
    });

    it('takes a low feeling of safety alone to the concern outcome', () => {
      // The fear and harm questions declined, and agreeing about walking on eggshells.
      const declined = Object.fromEntries(sensitive.map((id) => [id, PREFER]));
      const result = score(content, { ...healthyAnswers, ...declined, eggshells: '4' });
      expect(result.dimensions['safety']).to.be.below(0.5);
      expect(result.outcomeId).to.equal(CONCERN);
    });

    it('follows its rule exactly over random answers: two signs, or one with safety below 0.75, or safety below 0.5', () => {
      fc.assert(
        fc.property(anyAnswers(content), (answers) => {
          const result = score(content, answers);
          if (result.flags.includes(SAFETY_FLAG)) return result.outcomeId === 'safety-first';
          const count = new Set(signs.filter(([q, o]) => answers[q] === o).map(([q]) => q)).size;
          const safety = result.dimensions['safety'];
          const expected = count >= 2 || (safety !== undefined && (safety < 0.5 || (safety < 0.75 && count >= 1)));
          return (result.outcomeId === CONCERN) === expected;
        }),
        { numRuns: 500 },
      );
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

    const flagged = content.questions.flatMap((q) =>
      (q.options ?? []).filter((o) => o.flags?.includes(SAFETY_FLAG)).map((o) => [q.id, o.id] as const),
    );

    it('knows every safety-flagged answer, the pressure question included', () => {
      expect(flagged.map(([q, o]) => `${q}=${o}`)).to.have.members([
        'feel-afraid=sometimes',
        'feel-afraid=often',
        'harm-or-control=in-the-past',
        'harm-or-control=still',
        'pressure=yes',
      ]);
    });

    it('lets a safety flag win whatever else is answered', () => {
      fc.assert(
        fc.property(anyAnswers(content), fc.constantFrom(...flagged), (answers, [question, option]) => {
          const result = score(content, { ...answers, [question]: option });
          return result.outcomeId === 'safety-first' && result.flags.includes(SAFETY_FLAG);
        }),
      );
    });

    it('leads to the safety outcome exactly when a safety-flagged answer is in the set, in every locale', () => {
      for (const doc of Object.values(locales))
        fc.assert(
          fc.property(anyAnswers(doc), (answers) => {
            const hasFlagged = flagged.some(([q, o]) => answers[q] === o);
            return (score(doc, answers).outcomeId === 'safety-first') === hasFlagged;
          }),
          { numRuns: 200 },
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
              q.options
                ? {
                    ...q,
                    options: q.options.map((o) => (o.preferNotToSay ? o : { ...o, score: weights[i++ % 64] ?? 0 })),
                  }
                : q,
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

describe('what stands in the way', () => {
  const doc = content;
  const ids = (list: { id: string }[]) => list.map((d) => d.id);
  const dims = (values: Record<string, number>) => Object.assign(Object.create(null) as Record<string, number>, values);

  it('names the lowest areas that are not steady, lowest first, at most two', () => {
    const d = dims({ willingness: 0.9, safety: 0.6, communication: 0.2, healing: 0.4, foundation: 1 });
    expect(ids(obstacles(doc, d))).to.deep.equal(['communication', 'healing']);
    expect(ids(obstacles(doc, d, 3))).to.deep.equal(['communication', 'healing', 'safety']);
  });

  it('names nothing when every scored area is steady, and never an area with no score', () => {
    expect(ids(obstacles(doc, dims({ willingness: 0.75, safety: 1 })))).to.deep.equal([]);
    expect(ids(obstacles(doc, dims({})))).to.deep.equal([]);
    expect(ids(obstacles(doc, dims({ pattern: 0.74 })))).to.deep.equal(['pattern']);
  });

  it('keeps the content order between equal scores', () => {
    const d = dims({ pattern: 0.5, willingness: 0.5, healing: 0.5 });
    expect(ids(lowestFirst(doc, d))).to.deep.equal(['willingness', 'healing', 'pattern']);
    expect(ids(obstacles(doc, d))).to.deep.equal(['willingness', 'healing']);
  });

  it('reads each score as steady, mixed or strained at the documented edges', () => {
    expect([1, STEADY_FROM, 0.74, STRAINED_BELOW, 0.49, 0].map(standingOf)).to.deep.equal([
      'steady',
      'steady',
      'mixed',
      'mixed',
      'strained',
      'strained',
    ]);
  });

  it('finds the real obstacle for an example answer set', () => {
    const { dimensions } = score(content, outcomeExamples['own-healing-first']!);
    expect(obstacles(content, dimensions)[0]?.id).to.equal('healing');
    expect(ids(obstacles(content, score(content, healthyAnswers).dimensions))).to.deep.equal([]);
  });

  it('every default locale gives every dimension a short whenLow text', () => {
    for (const [locale, quiz] of Object.entries(locales))
      for (const d of quiz.dimensions) {
        expect(d.whenLow, `${locale} ${d.id}`).to.be.a('string');
        expect(d.whenLow!.length, `${locale} ${d.id}`).to.be.below(100);
      }
  });
});
