// A tiny HTTP client for fault tests: every request ends in an outcome (a status or a transport error), never a throw.

import { leakedValues } from '../helpers/documents.js';

export interface Outcome {
  /** HTTP status, or 0 when the transport failed (connection refused or reset). */
  readonly status: number;
  readonly code: string | undefined;
  readonly retryAfter: string | null;
  readonly text: string;
  readonly transportError: string | undefined;
}

export async function postJson(url: string, key: string, body: unknown, timeoutMs = 30_000): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let code: string | undefined;
    if (response.status >= 400) code = (JSON.parse(text) as { code?: string }).code;
    return { status: response.status, code, retryAfter: response.headers.get('retry-after'), text, transportError: undefined };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, code: undefined, retryAfter: null, text: '', transportError: cause ?? (error as Error).name };
  }
}

/** Raw values that appear in `outcome` (phones also as digits in order). */
export function leaks(outcome: Outcome, values: readonly string[]): string[] {
  return leakedValues(outcome.text, values);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
