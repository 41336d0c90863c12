// Marks the CLI entry executable after tsc (tsc drops the mode bit), so `npx pii-gate` works.
import { chmodSync, existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
