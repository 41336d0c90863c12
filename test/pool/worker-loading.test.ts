// The pool's worker entry must be loaded by import(), never require(): piscina tries require() first (issue 6).

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { resolveWorkerFile } from '../../src/pool/index.js';

const require = createRequire(import.meta.url);

function requireError(file: string): unknown {
  try {
    require(file);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the compiled worker entry', () => {
  // Under tsx, a require() that succeeds compiles the whole engine to CommonJS, which redacts at about half the speed.
  // Node refuses to require a module with top-level await (or any ES module, before require(esm)), so piscina falls
  // back to import(); a require hook that compiles ES modules cannot compile top-level await either.
  it('cannot be loaded with require(), so piscina imports it as an ES module', () => {
    const error = requireError(resolveWorkerFile()) as { code?: string } | undefined;
    expect(error?.code).toMatch(/^ERR_REQUIRE_(ASYNC_MODULE|ESM)$/);
  });
});
