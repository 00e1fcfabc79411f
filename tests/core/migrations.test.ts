import { migrate, validateContent, quizKind, type MigrationRegistry } from '@mendkit/core';
import { expect } from '@open-wc/testing';
import { quizFixture } from '../support/fixtures.js';

// A made-up schemaVersion 0 of the quiz: it called outcomes "results" and had no scale labels.
const versionZero = () => {
  const { outcomes, scaleLabels: _dropped, ...rest } = quizFixture();
  return { ...rest, schemaVersion: 0, results: outcomes };
};

const registry: MigrationRegistry = {
  quiz: {
    0: ({ results, ...doc }) => ({
      ...doc,
      outcomes: results,
      scaleLabels: ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'],
    }),
  },
};

describe('migrations', () => {
  it('upgrades a version 0 document to the current shape before validation', () => {
    const migrated = migrate(versionZero(), registry);
    expect(migrated).to.deep.equal({ ok: true, doc: quizFixture() });
    expect(validateContent(quizKind, versionZero(), registry)).to.deep.equal({ ok: true, value: quizFixture() });
  });

  it('does not change the document it was given', () => {
    const doc = versionZero();
    migrate(doc, registry);
    expect(doc).to.deep.equal(versionZero());
  });

  it('names the gap when no migration exists', () => {
    expect(migrate(versionZero())).to.deep.equal({
      ok: false,
      problems: [{ path: 'schemaVersion', message: 'is 0, and there is no way to upgrade it to 1' }],
    });
  });

  it('leaves current documents alone', () => {
    const doc = quizFixture();
    expect(migrate(doc, registry)).to.deep.equal({ ok: true, doc });
  });
});
