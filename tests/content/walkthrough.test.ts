import { validateKind, type QuizContent } from '@mendkit/core/content';
import { expect } from '@open-wc/testing';
import { score } from '../../packages/quiz/src/scoring.js';

// The walk-through in docs/content.md states what a person sees for some answers; the real
// scoring must agree with the words, or the doc teaches something false.

const doc = await (await fetch('/docs/content.md')).text();
const block = /<!-- walkthrough:final -->\s*```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';

describe('docs/content.md walk-through, scored', () => {
  const result = validateKind('quiz', JSON.parse(block));
  const quiz = (result.ok ? result.value : undefined) as QuizContent;

  it('is a valid quiz', () => {
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
  });

  it('scores calm 0.75 and openness 0.5, so "ready" holds, as the doc says', () => {
    expect(doc).to.include('gives `calm` 0.75 and `openness` 0.5, so\n`ready` holds');
    const s = score(quiz, { 'feel-safe': 'yes', steady: '4', 'still-angry': '2', 'they-listen': 'mixed' });
    expect(s.dimensions).to.deep.equal({ calm: 0.75, openness: 0.5 });
    expect(s.outcomeId).to.equal('ready');
  });

  it('leads a safety answer to safety-first, whatever the other answers', () => {
    const s = score(quiz, { 'feel-safe': 'no', steady: '5', 'still-angry': '1', 'they-listen': 'listened' });
    expect(s.outcomeId).to.equal('safety-first');
  });

  it('asks the screening follow-up only after "shut down", and it can raise safety too', () => {
    const s = score(quiz, { 'feel-safe': 'skip', steady: '3', 'still-angry': '3', 'they-listen': 'shut-down', 'shut-down-how': 'threats' }); // prettier-ignore
    expect(s.flags).to.deep.equal(['safety']);
    expect(s.outcomeId).to.equal('safety-first');
    const hidden = score(quiz, { 'feel-safe': 'yes', 'they-listen': 'listened', 'shut-down-how': 'threats' });
    expect(hidden.flags).to.deep.equal([]);
  });
});
