// Packs everything a site can install today into release/ (git-ignored), without publishing:
// the npm tarballs of every workspace (`npm install ./release/mendkit-0.1.0.tgz ...`), the
// WordPress plugin zip, and a self-host zip of the CDN build (upload the folder, add one
// <script type="module">). Builds first if the build is missing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { widgetTags } from '../kinds.js';
import { zipDirectory } from './wordpress-zip.mjs';

const out = 'release';
const cdn = 'packages/mendkit/dist';
const pluginZip = 'packages/wordpress/dist/mendkit-wordpress.zip';
const { version } = JSON.parse(readFileSync('packages/mendkit/package.json', 'utf8'));

if (!existsSync(join(cdn, 'mendkit.js')) || !existsSync(pluginZip)) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);

execFileSync('npm', ['pack', '--workspaces', '--pack-destination', out, '--silent'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

cpSync(pluginZip, join(out, `mendkit-wordpress-${version}.zip`));

// Self-host: the CDN entries, their chunks and the iframe embed, in a folder named mendkit/.
const staging = join(out, '.selfhost');
for (const name of readdirSync(cdn)) {
  if (name === 'chunks' || ['mendkit', ...widgetTags].includes(name.replace(/\.js$/, '')) || name.startsWith('embed'))
    cpSync(join(cdn, name), join(staging, name), { recursive: true });
}
writeFileSync(
  join(staging, 'README.txt'),
  [
    `mendkit ${version}, self-hosted`,
    '',
    'Upload this folder to your site, keep the files together, and add to any page:',
    '',
    '  <script type="module" src="/mendkit/mendkit.js"></script>',
    '  <mend-quiz></mend-quiz>',
    '',
    'Content and translations load on demand from beside mendkit.js; nothing loads from anywhere else.',
    'For hosts that accept only an iframe: /mendkit/embed.html?widget=quiz (see docs/embedding.md).',
    '',
  ].join('\n'),
);
writeFileSync(join(out, `mendkit-selfhost-${version}.zip`), zipDirectory(staging, 'mendkit'));
rmSync(staging, { recursive: true });

for (const file of readdirSync(out).sort()) {
  const data = readFileSync(join(out, file));
  const sha = createHash('sha256').update(data).digest('hex').slice(0, 16);
  console.log(
    `${join(out, file).padEnd(44)} ${(statSync(join(out, file)).size / 1024).toFixed(1).padStart(8)} KB  sha256 ${sha}…`,
  );
}
