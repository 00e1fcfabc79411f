import { expect } from '@open-wc/testing';
import {
  explainerSectionsOf,
  firstUnansweredIndex,
  isExplainerView,
  isMatch,
  isSelfCheckComplete,
  nextTabIndex,
  restoreSelfCheckAnswers,
  scoreSelfCheck,
} from '../../packages/explainer/src/self-check.js';
import type { ExplainerContent } from '@mendkit/core';

const items = [
  { id: 'a', concept: 'x' },
  { id: 'b', concept: 'y' },
  { id: 'c', concept: 'x' },
];

describe('explainer pure logic', () => {
  describe('nextTabIndex', () => {
    it('moves right and left, wrapping around', () => {
      expect(nextTabIndex(0, 3, 'ArrowRight')).to.equal(1);
      expect(nextTabIndex(2, 3, 'ArrowRight')).to.equal(0);
      expect(nextTabIndex(0, 3, 'ArrowLeft')).to.equal(2);
      expect(nextTabIndex(1, 3, 'ArrowLeft')).to.equal(0);
    });
    it('mirrors the arrows right to left', () => {
      expect(nextTabIndex(0, 3, 'ArrowLeft', true)).to.equal(1);
      expect(nextTabIndex(0, 3, 'ArrowRight', true)).to.equal(2);
    });
    it('jumps with Home and End and ignores other keys', () => {
      expect(nextTabIndex(1, 3, 'Home')).to.equal(0);
      expect(nextTabIndex(1, 3, 'End')).to.equal(2);
      expect(nextTabIndex(1, 3, 'ArrowDown')).to.equal(undefined);
      expect(nextTabIndex(1, 3, 'Enter')).to.equal(undefined);
      expect(nextTabIndex(0, 0, 'ArrowRight')).to.equal(undefined);
    });
  });

  describe('scoring', () => {
    it('counts matches out of all statements', () => {
      expect(scoreSelfCheck(items, {})).to.deep.equal({ score: 0, total: 3 });
      expect(scoreSelfCheck(items, { a: 'x', b: 'x', c: 'x' })).to.deep.equal({ score: 2, total: 3 });
      expect(scoreSelfCheck(items, { a: 'x', b: 'y', c: 'x' })).to.deep.equal({ score: 3, total: 3 });
    });
    it('knows a match', () => {
      expect(isMatch({ id: 'a', concept: 'x' }, 'x')).to.equal(true);
      expect(isMatch({ id: 'a', concept: 'x' }, 'y')).to.equal(false);
    });
    it('finds the first statement still to sort and completion', () => {
      expect(firstUnansweredIndex(items, {})).to.equal(0);
      expect(firstUnansweredIndex(items, { a: 'y' })).to.equal(1);
      expect(firstUnansweredIndex(items, { a: 'y', b: 'y', c: 'y' })).to.equal(3);
      expect(isSelfCheckComplete(items, { a: 'y', b: 'y' })).to.equal(false);
      expect(isSelfCheckComplete(items, { a: 'y', b: 'y', c: 'x' })).to.equal(true);
      expect(isSelfCheckComplete([], {})).to.equal(false);
    });
  });

  describe('restoreSelfCheckAnswers', () => {
    it('keeps known statements and concepts only', () => {
      expect(restoreSelfCheckAnswers({ a: 'x', b: 'z', gone: 'x', c: 3 }, items, ['x', 'y'])).to.deep.equal({ a: 'x' });
    });
    it('rejects what is not a record', () => {
      for (const bad of [null, 'a', 3, ['x'], undefined])
        expect(restoreSelfCheckAnswers(bad, items, ['x', 'y'])).to.equal(undefined);
    });
  });

  describe('views and sections', () => {
    it('recognises views', () => {
      for (const v of ['compare', 'scenarios', 'check', 'all']) expect(isExplainerView(v)).to.equal(true);
      for (const v of ['tabs', '', undefined, 3]) expect(isExplainerView(v)).to.equal(false);
    });
    it('lists only the sections a document has', async () => {
      const response = await fetch('/content/explainer/reconciliation-vs-forgiveness/en.json');
      const full = (await response.json()) as ExplainerContent;
      expect(explainerSectionsOf(full)).to.deep.equal(['compare', 'scenarios', 'check']);
      const bare = { ...full, scenarios: [], closedPath: undefined, selfCheck: undefined };
      expect(explainerSectionsOf(bare)).to.deep.equal(['compare']);
      expect(explainerSectionsOf({ ...bare, closedPath: full.closedPath })).to.deep.equal(['compare', 'scenarios']);
    });
  });
});
