import { clearStores, createStore, storageKey } from '@mendkit/core';
import { expect } from '@open-wc/testing';
import { stubStorage } from '../support/helpers.js';

const isCount = (value: unknown) =>
  typeof value === 'object' && value && 'count' in value && typeof value.count === 'number'
    ? (value as { count: number })
    : undefined;

describe('storage', () => {
  afterEach(() => localStorage.clear());

  it('namespaces keys by kind, id and major version', () => {
    expect(storageKey('quiz', 'repairable', '2.3.1')).to.equal('mendkit:quiz:repairable@2');
  });

  it('round-trips a value through localStorage', () => {
    const store = createStore('mendkit:test:a@1', { guard: isCount });
    store.write({ count: 3 });
    expect(localStorage.getItem('mendkit:test:a@1')).to.equal('{"count":3}');
    expect(createStore('mendkit:test:a@1', { guard: isCount }).read()).to.deep.equal({ count: 3 });
    store.clear();
    expect(localStorage.getItem('mendkit:test:a@1')).to.equal(null);
    expect(store.read()).to.equal(undefined);
  });

  it('discards a value that is not JSON, without throwing', () => {
    localStorage.setItem('mendkit:test:b@1', '{"count": 3');
    expect(createStore('mendkit:test:b@1', { guard: isCount }).read()).to.equal(undefined);
    expect(localStorage.getItem('mendkit:test:b@1')).to.equal(null);
  });

  it('discards a value its guard rejects', () => {
    localStorage.setItem('mendkit:test:c@1', '{"count":"three"}');
    expect(createStore('mendkit:test:c@1', { guard: isCount }).read()).to.equal(undefined);
    expect(localStorage.getItem('mendkit:test:c@1')).to.equal(null);
  });

  it('keeps working in memory when storage throws on every call', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } }; // prettier-ignore
    const restore = stubStorage(broken);
    try {
      const store = createStore('mendkit:test:d@1', { guard: isCount });
      store.write({ count: 1 });
      expect(createStore('mendkit:test:d@1', { guard: isCount }).read()).to.deep.equal({ count: 1 });
      store.clear();
      expect(store.read()).to.equal(undefined);
    } finally {
      restore();
    }
  });

  it('keeps working when merely touching localStorage throws (sandboxed iframes)', () => {
    const restore = stubStorage(() => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    });
    try {
      const store = createStore('mendkit:test:e@1', { guard: isCount });
      store.write({ count: 2 });
      expect(store.read()).to.deep.equal({ count: 2 });
    } finally {
      restore();
    }
  });

  it('clears every value under a prefix, and nothing else', () => {
    createStore('mendkit:quiz:one@1', { guard: isCount }).write({ count: 1 });
    createStore('mendkit:quiz:two@3', { guard: isCount }).write({ count: 2 });
    createStore('mendkit:checklist:three@1', { guard: isCount }).write({ count: 3 });
    clearStores('mendkit:quiz:');
    expect(createStore('mendkit:quiz:one@1', { guard: isCount }).read()).to.equal(undefined);
    expect(createStore('mendkit:quiz:two@3', { guard: isCount }).read()).to.equal(undefined);
    expect(createStore('mendkit:checklist:three@1', { guard: isCount }).read()).to.deep.equal({ count: 3 });
  });
});
