import { contentKinds, validateKind } from '@mendkit/core';
import { expect } from '@open-wc/testing';
import { kindNames, kinds, widgetTags } from '../../kinds.js';
import { quizFixture } from '../support/fixtures.js';

// kinds.js is the one list of kinds; everything that follows from a kind's name must agree
// with it, so adding a kind cannot half-succeed (see CONTRIBUTING.md, "Adding a kind").

const exists = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;

describe('the registry of kinds', () => {
  it('matches the schema kinds in core', () => {
    expect(Object.keys(contentKinds)).to.deep.equal(kindNames);
  });

  it('matches the workspaces: core, one package per kind, then mendkit', async () => {
    const { workspaces } = (await (await fetch('/package.json')).json()) as { workspaces: string[] };
    const widgetPackages = workspaces.filter((path) => kindNames.some((kind) => path === `packages/${kind}`));
    expect(widgetPackages).to.deep.equal(kindNames.map((kind) => `packages/${kind}`));
    expect(workspaces).to.include('packages/core');
    expect(workspaces).to.include('packages/mendkit');
  });

  it('matches the content folders, each with its default document', async () => {
    const files = (await (await fetch('/__mendkit/content-index.json')).json()) as string[];
    const folders = [...new Set(files.map((file) => file.split('/')[1]))].sort();
    expect(folders).to.deep.equal([...kindNames].sort());
    for (const [kind, { defaultContent }] of Object.entries(kinds))
      expect(files, kind).to.include(`content/${kind}/${defaultContent}/en.json`);
  });

  it('has, for every kind, its define module, CDN entry and JSON Schema', async () => {
    for (const [kind, tag] of kindNames.map((k, i) => [k, widgetTags[i]!] as const)) {
      expect(await exists(`/packages/${kind}/src/${tag}.ts`), `${tag}.ts`).to.equal(true);
      expect(await exists(`/packages/mendkit/cdn/${tag}.ts`), `cdn/${tag}.ts`).to.equal(true);
      expect(await exists(`/packages/core/schemas/${kind}.schema.json`), `${kind}.schema.json`).to.equal(true);
    }
  });

  it('is what a quiz step may target, and nothing else', () => {
    const withTarget = (target: string) => {
      const doc = quizFixture() as unknown as { outcomes: { steps: { label: string; target?: string }[] }[] };
      doc.outcomes[2]!.steps = [{ label: 'Go', target }];
      return validateKind('quiz', doc).ok;
    };
    for (const kind of kindNames) expect(withTarget(kind), kind).to.equal(true);
    expect(withTarget('poll')).to.equal(false);
  });
});
