/// <reference types="node" />
// What the Node entry points (mendkit/ssr, mendkit/preload) share: finding the package's own
// files, and writing attribute values into the HTML they produce.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path inside the installed mendkit package (`packageFile('dist', 'files.json')`). Resolved
 * through the package's own name: in Node, `mendkit/mendkit.js` and friends resolve to a
 * browser-only guard, not to the files a page loads.
 */
export const packageFile = (...parts: string[]): string =>
  join(dirname(fileURLToPath(import.meta.resolve('mendkit/package.json'))), ...parts);

/** Text for a double-quoted attribute value in HTML the server writes. */
export const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
