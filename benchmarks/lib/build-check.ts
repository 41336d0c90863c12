// Warns when dist/ is older than src/: the pool, the server and the CLI run compiled code, the rest runs src/ via tsx.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function newestMtime(dir: string, suffix: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, suffix));
    else if (entry.name.endsWith(suffix)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Throws when dist/ is missing; writes a warning to stderr when some src/ file changed after the last build. */
export function checkBuild(): void {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'pool', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (newestMtime(join(root, 'src'), '.ts') > newestMtime(dist, '.js')) {
    process.stderr.write('warning: src/ changed after the last build; workers and the CLI run dist/ (run `npm run build`)\n');
  }
}
