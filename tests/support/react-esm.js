// React ships CommonJS only. The React wrapper tests import `react`, `react-dom` and
// `react-dom/client` as ES modules: this test-runner plugin bundles the three once with esbuild
// (one copy of React for all) and serves a small ES module per name that re-exports from it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const names = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const path = (name) => `/__mendkit/react/${name.replace('/', '-')}.js`;

export function reactEsm() {
  let bundle;
  return {
    name: 'mendkit-react-esm',
    resolveImport({ source }) {
      return source in names ? path(source) : undefined;
    },
    async serve(context) {
      if (context.path === '/__mendkit/react/bundle.js') {
        bundle ??= build({
          stdin: {
            contents: Object.entries(names)
              .map(([name, id]) => `export * as ${id} from '${name}';`)
              .join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const name = Object.keys(names).find((n) => context.path === path(n));
      if (!name) return undefined;
      // Named exports, read in a child process: this one's console belongs to the test runner.
      const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
      const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })).filter(
        (key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default',
      );
      const id = names[name];
      return {
        body: `import { ${id} } from './bundle.js';\nexport default ${id};\nexport const { ${keys.join(', ')} } = ${id};\n`,
        type: 'js',
      };
    },
  };
}
