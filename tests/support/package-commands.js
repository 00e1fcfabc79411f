// Test-runner server commands for packaging tests: the browser test asks, Node does the work
// (npm pack, a scratch install, node imports, mendkit/preload) and answers with plain data.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve('.');
const packages = { core: '@mendkit/core', quiz: '@mendkit/quiz', explainer: '@mendkit/explainer', checklist: '@mendkit/checklist', mendkit: 'mendkit' }; // prettier-ignore
const npm = (args, cwd = root) =>
  run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 64 << 20 });

export function packageCommands() {
  return {
    name: 'mendkit-package-commands',
    async executeCommand({ command, payload }) {
      if (command === 'mendkit-pack-files') {
        const { stdout } = await npm(['pack', '--dry-run', '--json', `--workspace=packages/${payload.dir}`]);
        return JSON.parse(stdout)[0]
          .files.map((f) => f.path)
          .sort();
      }
      if (command === 'mendkit-install-packed') {
        // Pack every package, install the tarballs into an empty project, import each one in Node.
        const scratch = await mkdtemp(join(tmpdir(), 'mendkit-install-'));
        try {
          for (const dir of Object.keys(packages)) await npm(['pack', `--workspace=packages/${dir}`, '--pack-destination', scratch]); // prettier-ignore
          const tarballs = (await readdir(scratch)).filter((f) => f.endsWith('.tgz')).map((f) => `./${f}`);
          await writeFile(
            join(scratch, 'package.json'),
            JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
          );
          await npm(['install', '--prefer-offline', '--ignore-scripts', ...tarballs], scratch);
          const exports = {};
          for (const name of Object.values(packages)) {
            const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `const m = await import('${name}'); console.log(JSON.stringify(Object.keys(m).sort()))`], { cwd: scratch }); // prettier-ignore
            exports[name] = JSON.parse(stdout);
          }
          // The installed CLI reads the installed build's file map (dist/files.json).
          const { stdout: head } = await run(process.execPath, ['node_modules/mendkit/bin/mendkit.js', 'head', 'quiz', '--lang', 'es'], { cwd: scratch }); // prettier-ignore
          return { tarballs: tarballs.length, exports, head };
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      }
      if (command === 'mendkit-embed-head') {
        // What `mendkit head` prints, for a browser test to load (payload: embedHead's options).
        const { embedHead } = await import('mendkit/preload');
        return embedHead(payload);
      }
      return undefined;
    },
  };
}
