// The CDN files as the build wrote them (the test runner's server rewrites what it serves, so
// these are read from disk). Run by `npm run test:node` after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const dist = 'packages/mendkit/dist';
const files = JSON.parse(readFileSync(join(dist, 'files.json'), 'utf8'));
const read = (file) => readFileSync(join(dist, file), 'utf8');

describe('CDN files', () => {
  it('mark the shared chunk and the widget files for eager compiling (V8 compile hints)', () => {
    const widgets = Object.keys(files).filter((key) => key.startsWith('mend-'));
    const marked = [...new Set(widgets.flatMap((key) => files[key]))];
    assert.ok(
      marked.some((file) => /^chunks\/mendkit-core-/.test(file)),
      'the shared chunk is among them',
    );
    for (const file of marked) assert.ok(read(file).startsWith('//# allFunctionsCalledOnLoad\n'), file);
  });

  it('leave files loaded later to lazy compiling: strings, content, the validator', () => {
    for (const key of ['strings-es', 'quiz-content-en', 'validate-quiz'])
      assert.ok(!read(files[key][0]).includes('allFunctionsCalledOnLoad'), key);
  });
});
