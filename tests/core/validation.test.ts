import {
  checklistKind,
  explainerKind,
  quizKind,
  validateContent,
  type ContentHeader,
  type ContentKind,
  type Problem,
} from '@mendkit/core';
import { expect } from '@open-wc/testing';
import { checklistFixture, explainerFixture, quizFixture } from '../support/fixtures.js';

type Mutable = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Case {
  name: string;
  kind: ContentKind<ContentHeader>;
  base: () => unknown;
  breakIt: (doc: Mutable) => void;
  problems: Problem[];
}

const quiz = quizKind as unknown as ContentKind<ContentHeader>;
const explainer = explainerKind as unknown as ContentKind<ContentHeader>;
const checklist = checklistKind as unknown as ContentKind<ContentHeader>;

const cases: Case[] = [
  // The header every kind shares.
  {
    name: 'wrong kind',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.kind = 'checklist'),
    problems: [{ path: 'kind', message: 'should be "quiz" for this widget' }],
  },
  {
    name: 'version not semver',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.version = 'v2'),
    problems: [{ path: 'version', message: 'should be a semantic version like "1.0.0"' }],
  },
  {
    name: 'locale not a tag',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.locale = 'english'),
    problems: [{ path: 'locale', message: 'should be a language tag like "en" or "es-MX"' }],
  },
  {
    name: 'missing id',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => delete d.id,
    problems: [{ path: 'id', message: 'is missing' }],
  },
  {
    name: 'id with spaces',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.id = 'My Quiz'),
    problems: [
      { path: 'id', message: 'should be a lowercase id of letters, digits and dashes, like "first-question"' },
    ],
  },
  {
    name: 'blank title',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.title = '   '),
    problems: [{ path: 'title', message: 'is empty' }],
  },
  {
    name: 'unknown field',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.colour = 'red'),
    problems: [{ path: 'colour', message: 'is not a field this content kind knows' }],
  },
  {
    name: 'future schemaVersion',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.schemaVersion = 7),
    problems: [
      { path: 'schemaVersion', message: 'is 7, newer than this version of mendkit understands (1); update mendkit' },
    ],
  },
  // Quiz shape.
  {
    name: 'score as text',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[0].options[1].score = 'low'),
    problems: [{ path: 'questions[0].options[1].score', message: 'should be a number, not text' }],
  },
  {
    name: 'negative score',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[0].options[0].score = -1),
    problems: [{ path: 'questions[0].options[0].score', message: 'should be at least 0' }],
  },
  {
    name: 'four scale labels',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => d.scaleLabels.pop(),
    problems: [{ path: 'scaleLabels', message: 'should have exactly 5 items' }],
  },
  {
    name: 'one option only',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => d.questions[0].options.pop(),
    problems: [{ path: 'questions[0].options', message: 'needs at least 2 items' }],
  },
  {
    name: 'questions not a list',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions = {}),
    problems: [{ path: 'questions', message: 'should be a list, not an object' }],
  },
  {
    name: 'step with a javascript: link',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].steps[0].href = 'javascript:alert(1)'),
    problems: [
      {
        path: 'outcomes[1].steps[0].href',
        message: 'should be a link starting with http:, https:, mailto: or tel:, or a relative one like "/help"',
      },
    ],
  },
  {
    name: 'rule of no known shape',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].rule = { whenever: true }),
    problems: [
      {
        path: 'outcomes[1].rule',
        message:
          'should be a rule with one of the fields "all", "any", "not", "dimension", "total", "flag" or "chosen"',
      },
    ],
  },
  {
    name: 'threshold above 1 inside all',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].rule = { all: [{ dimension: 'talk', atLeast: 1.5 }] }),
    problems: [{ path: 'outcomes[1].rule.all[0].atLeast', message: 'should be at most 1' }],
  },
  // Quiz semantics.
  {
    name: 'duplicate question id',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[1].id = 'afraid'),
    problems: [{ path: 'questions[1].id', message: 'repeats the id "afraid"' }],
  },
  {
    name: 'duplicate option id',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[0].options[1].id = 'no'),
    problems: [{ path: 'questions[0].options[1].id', message: 'repeats the id "no"' }],
  },
  {
    name: 'question in an unknown dimension',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[1].dimension = 'trust'),
    problems: [{ path: 'questions[1].dimension', message: 'names the dimension "trust", which does not exist' }],
  },
  {
    name: 'question with options and scale',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[0].scale = {}),
    problems: [{ path: 'questions[0]', message: 'needs either "options" or "scale", not both and not neither' }],
  },
  {
    name: 'rule on an unknown dimension',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].rule = { dimension: 'trust', below: 0.5 }),
    problems: [{ path: 'outcomes[1].rule.dimension', message: 'names the dimension "trust", which does not exist' }],
  },
  {
    name: 'dimension rule without a bound',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].rule = { dimension: 'talk' }),
    problems: [{ path: 'outcomes[1].rule', message: 'needs "atLeast" or "below"' }],
  },
  {
    name: 'chosen names an unknown option',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].rule = { not: { chosen: { question: 'afraid', option: 'maybe' } } }),
    problems: [
      {
        path: 'outcomes[1].rule.not.chosen.option',
        message: 'names the option "maybe", which question "afraid" does not have',
      },
    ],
  },
  {
    name: 'showIf looks ahead',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.questions[0].showIf = { chosen: { question: 'we-talk', option: '4' } }),
    problems: [
      {
        path: 'questions[0].showIf.chosen.question',
        message: 'names the question "we-talk", which does not exist before this one',
      },
    ],
  },
  {
    name: 'flag nobody raises',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[1].rule = { flag: 'money' }),
    problems: [{ path: 'outcomes[1].rule.flag', message: 'names the flag "money", which no option raises' }],
  },
  {
    name: 'no fallback outcome',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[2].rule = { total: { below: 0.5 } }),
    problems: [
      {
        path: 'outcomes[2].rule',
        message: 'should be left out: the last outcome is the fallback used when no other rule holds',
      },
    ],
  },
  {
    name: 'a rule missing before the end',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => delete d.outcomes[1].rule,
    problems: [{ path: 'outcomes[1].rule', message: 'is missing: only the last outcome may have no rule' }],
  },
  {
    name: 'safety flag without a safety outcome',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => (d.outcomes[0].rule = { chosen: { question: 'afraid', option: 'yes' } }),
    problems: [
      {
        path: 'outcomes',
        message: 'needs an outcome with the rule { "flag": "safety" }, because some answers raise that flag',
      },
    ],
  },
  {
    name: 'safety outcome after a scored one',
    kind: quiz,
    base: quizFixture,
    breakIt: (d) => d.outcomes.unshift(d.outcomes.splice(1, 1)[0]),
    problems: [
      {
        path: 'outcomes[1]',
        message: 'is the safety outcome and must come before every outcome whose rule reads scores',
      },
    ],
  },
  // Explainer.
  {
    name: 'three concepts',
    kind: explainer,
    base: explainerFixture,
    breakIt: (d) => d.concepts.push({ ...d.concepts[0], id: 'three' }),
    problems: [{ path: 'concepts', message: 'should have exactly 2 items' }],
  },
  {
    name: 'row naming a missing concept',
    kind: explainer,
    base: explainerFixture,
    breakIt: (d) => (d.comparison[0].text = { one: 'A', three: 'C' }),
    problems: [
      { path: 'comparison[0].text.three', message: 'names the concept "three", which is not one of one and two' },
      { path: 'comparison[0].text', message: 'has no text for the concept "two"' },
    ],
  },
  {
    name: 'self-check item for a missing concept',
    kind: explainer,
    base: explainerFixture,
    breakIt: (d) => (d.selfCheck.items[0].concept = 'both'),
    problems: [
      { path: 'selfCheck.items[0].concept', message: 'names the concept "both", which is not one of one and two' },
    ],
  },
  {
    name: 'empty requirement list',
    kind: explainer,
    base: explainerFixture,
    breakIt: (d) => (d.requirements[0].items = []),
    problems: [{ path: 'requirements[0].items', message: 'needs at least 1 item' }],
  },
  // Checklist.
  {
    name: 'empty group',
    kind: checklist,
    base: checklistFixture,
    breakIt: (d) => (d.groups[0].items = []),
    problems: [{ path: 'groups[0].items', message: 'needs at least 1 item' }],
  },
  {
    name: 'unknown cadence',
    kind: checklist,
    base: checklistFixture,
    breakIt: (d) => (d.groups[0].items[0].cadence = 'monthly'),
    problems: [{ path: 'groups[0].items[0].cadence', message: 'should be one of "once", "daily", "weekly"' }],
  },
  {
    name: 'item id repeated across groups',
    kind: checklist,
    base: checklistFixture,
    breakIt: (d) =>
      d.groups.push({
        id: 'yours',
        title: 'Yours',
        description: 'Theirs.',
        items: [{ id: 'plan', label: 'Plan', cadence: 'once' }],
      }),
    problems: [{ path: 'groups[1].items[0].id', message: 'repeats the id "plan"' }],
  },
];

describe('content validation', () => {
  it('accepts every fixture as it is', () => {
    expect(validateContent(quiz, quizFixture())).to.deep.equal({ ok: true, value: quizFixture() });
    expect(validateContent(explainer, explainerFixture()).ok).to.equal(true);
    expect(validateContent(checklist, checklistFixture()).ok).to.equal(true);
  });

  it('rejects a document that is not an object', () => {
    expect(validateContent(quiz, [1, 2])).to.deep.equal({
      ok: false,
      problems: [{ path: '', message: 'should be a JSON object' }],
    });
  });

  for (const { name, kind, base, breakIt, problems } of cases) {
    it(`reports ${name} at its path`, () => {
      const doc = structuredClone(base()) as Mutable;
      breakIt(doc);
      expect(validateContent(kind, doc)).to.deep.equal({ ok: false, problems });
    });
  }

  it('lists every problem of a document at once', () => {
    const doc = quizFixture() as unknown as Mutable;
    doc.version = '1';
    doc.title = '';
    doc.questions[0].options[0].label = '';
    const result = validateContent(quiz, doc);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems.map((p) => p.path)).to.deep.equal([
      'version',
      'title',
      'questions[0].options[0].label',
    ]);
  });

  it('trims text it accepts', () => {
    const doc = quizFixture();
    doc.title = '  Padded  ';
    const result = validateContent(quiz, doc);
    expect(result.ok && result.value.title).to.equal('Padded');
  });
});
