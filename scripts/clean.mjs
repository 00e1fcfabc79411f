// Removes build output, including TypeScript's build info: without it `tsc -b` believes
// deleted declarations are still up to date.
import { readdirSync, rmSync } from 'node:fs';

for (const pkg of readdirSync('packages')) {
  rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
  for (const file of readdirSync(`packages/${pkg}`)) {
    if (file.endsWith('.tsbuildinfo')) rmSync(`packages/${pkg}/${file}`);
  }
}
