// Resolves a tenant's secret reference (`env:NAME`, `env:NAME?demo-default`, `file:path`) to its value.

import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** HMAC keys shorter than this are guessable by brute force over a small alphabet. */
export const minimumSecretLength = 16;

export interface SecretSources {
  env: NodeJS.ProcessEnv;
  /** Directory of the YAML file; `file:` references resolve against it. */
  baseDir: string;
}

export type SecretResolution = { ok: true; value: string } | { ok: false; problem: string };

/** Never puts the secret value in `problem`. */
export function resolveSecret(reference: string, sources: SecretSources): SecretResolution {
  let value: string | undefined;
  if (reference.startsWith('env:')) {
    const body = reference.slice('env:'.length);
    const question = body.indexOf('?');
    const name = question === -1 ? body : body.slice(0, question);
    // The `?default` form exists for the shipped example only, so it runs without set-up; real tenants omit it.
    const fallback = question === -1 ? undefined : body.slice(question + 1);
    value = sources.env[name] || fallback;
    if (!value) return { ok: false, problem: `environment variable ${name} is not set` };
  } else if (reference.startsWith('file:')) {
    const relative = reference.slice('file:'.length);
    const path = isAbsolute(relative) ? relative : resolve(sources.baseDir, relative);
    try {
      // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces followed by a non-space.
      value = readFileSync(path, 'utf8').trimEnd();
    } catch {
      return { ok: false, problem: `cannot read secret file ${relative}` };
    }
  } else {
    return { ok: false, problem: 'must be env:NAME or file:relative/path' };
  }
  if (value.length < minimumSecretLength) {
    return { ok: false, problem: `secret is shorter than ${minimumSecretLength} characters` };
  }
  return { ok: true, value };
}
