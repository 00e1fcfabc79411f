/// <reference types="node" />
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path inside the installed mendkit package (`packageFile('dist', 'files.json')`). Resolved
 * through the package's own name: in Node, `mendkit/mendkit.js` and friends resolve to a
 * browser-only guard, not to the files a page loads.
 */
export const packageFile = (...parts: string[]): string =>
  join(dirname(fileURLToPath(import.meta.resolve('mendkit/package.json'))), ...parts);
