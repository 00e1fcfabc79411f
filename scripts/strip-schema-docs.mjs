// The content schemas carry their documentation (`doc()`, `describe()`, `documented()` in
// packages/core/src/content/schemas/) for the JSON Schemas and docs/content.md, which
// scripts/schemas.mjs reads from the npm build. Browsers never read it, so the CDN build empties
// those arguments and the validator chunks lose the prose.
const schemaModule = /[\\/]packages[\\/]core[\\/]src[\\/]content[\\/]schemas[\\/][a-z-]+\.ts$/;

/** Which argument of which documentation call is emptied, and what replaces it. */
const emptied = { describe: [0, "''"], doc: [0, '{}'], documented: [1, '{}'] };

/** The [start, end, replacement] edits for one module's AST, outermost only. */
function edits(ast) {
  const found = [];
  const visit = (node) => {
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      Object.hasOwn(emptied, node.callee.name)
    ) {
      const [index, empty] = emptied[node.callee.name];
      const argument = node.arguments[index];
      if (argument) found.push([argument.start, argument.end, empty]);
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof child === 'object' && typeof child.type === 'string') visit(child);
    }
  };
  visit(ast);
  found.sort((a, b) => a[0] - b[0]);
  // A call inside an argument already emptied goes with it.
  return found.filter(([start], i) => !found.slice(0, i).some(([s, e]) => start >= s && start < e));
}

/** For rollup, after TypeScript is compiled (it parses JavaScript). */
export const stripSchemaDocsRollup = () => ({
  name: 'strip-schema-docs',
  transform(code, id) {
    if (!schemaModule.test(id)) return null;
    let out = code;
    for (const [start, end, empty] of edits(this.parse(code)).reverse())
      out = out.slice(0, start) + empty + out.slice(end);
    return { code: out, map: null };
  },
});
