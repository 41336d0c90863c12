// `pii-gate redact` end to end with examples/tenants.yaml: consent and residency change the output; the summary
// on stderr has counts and reasons, never a value.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempDir } from './run-cli.js';
import { assertBuilt, createTempDir, jsonl, parseJsonl, runCli } from './run-cli.js';

const phone = '+998 90 123-45-67';
const email = 'dilnoza.karimova@mail.ru';
const name = 'Алишер';
const review = { id: 'r1', text: `Меня зовут ${name}. Raqamim ${phone}, pochta ${email}.`, rating: 5, meta: { source: 'app' } };
const dialogue = {
  id: 'd1',
  messages: [
    { role: 'agent', text: 'Здравствуйте! Чем помочь?' },
    { role: 'client', text: `Мой номер ${phone}` },
  ],
};
const tenants = ['--tenants', 'examples/tenants.yaml', '--tenant', 'demo-uz'];

let temp: TempDir;
beforeAll(() => {
  assertBuilt();
  temp = createTempDir();
});
afterAll(() => temp.remove());

function textOf(document: Record<string, unknown>): string {
  return typeof document.text === 'string' ? document.text : JSON.stringify(document.messages);
}

describe('pii-gate redact', () => {
  it('with demo-uz, storage in UZ (the defaults) keeps names, masks phones and pseudonymises e-mails', async () => {
    const result = await runCli(['redact', ...tenants], { stdin: jsonl([review]) });
    expect(result.code).toBe(0);
    const [out] = parseJsonl(result.stdout);
    expect(out!.text).toContain(`Меня зовут ${name}.`);
    expect(out!.text).not.toContain(phone);
    expect(out!.text).toContain('67'); // mask keeps the last two digits
    expect(out!.text).not.toContain(email);
    expect(out!.text).toMatch(/EMAIL_[0-9a-f]{8}/);
    expect(result.stderr).toContain('destination storage/UZ');
  });

  it.each([
    ['model', 'DE'],
    ['storage', 'DE'],
    ['analytics', 'UZ'],
  ])('with demo-uz, purpose %s in %s replaces names, phones and e-mails', async (purpose, region) => {
    const result = await runCli(['redact', ...tenants, '--purpose', purpose, '--region', region], { stdin: jsonl([review]) });
    expect(result.code).toBe(0);
    const [out] = parseJsonl(result.stdout);
    expect(out!.text).not.toContain(name);
    expect(out!.text).toContain('[NAME]');
    expect(out!.text).toContain('[PHONE]');
    expect(out!.text).toContain('[EMAIL]');
  });

  it('keeps the document shape and unknown fields, and redacts dialogue turns', async () => {
    const result = await runCli(['redact', ...tenants, '--purpose', 'model'], { stdin: jsonl([review, dialogue]) });
    const [outReview, outDialogue] = parseJsonl(result.stdout);
    expect(outReview).toMatchObject({ id: 'r1', rating: 5, meta: { source: 'app' } });
    expect(outDialogue).toMatchObject({ id: 'd1', messages: [{ role: 'agent' }, { role: 'client', text: 'Мой номер [PHONE]' }] });
  });

  it('summarises counts per type and action on stderr without any raw value', async () => {
    const result = await runCli(['redact', ...tenants, '--purpose', 'model', '--region', 'DE'], { stdin: jsonl([review, dialogue]) });
    expect(result.stderr).toMatch(/pii-gate redact: 2 documents/);
    expect(result.stderr).toMatch(/PHONE found\s+2\s+\(replace 2\)/);
    expect(result.stderr).toMatch(/EMAIL found\s+1\s+\(replace 1\)/);
    expect(result.stderr).toMatch(/residency:UZ->DE/);
    for (const value of [phone, email, '901234567', 'dilnoza', name.toLowerCase()]) expect(result.stderr.toLowerCase()).not.toContain(value);
  });

  it('streams --input to --output', async () => {
    const input = temp.file('docs.jsonl', jsonl(Array.from({ length: 300 }, (_, index) => ({ ...review, id: index }))));
    const output = `${temp.path}/redacted.jsonl`;
    const result = await runCli(['redact', ...tenants, '--input', input, '--output', output, '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = parseJsonl(readFileSync(output, 'utf8'));
    expect(lines.map((line) => line.id)).toEqual(Array.from({ length: 300 }, (_, index) => index));
    expect(lines.every((line) => !textOf(line).includes(email))).toBe(true);
  });

  it.each([
    ['not JSON', '{"id":"x","text":"Dilnoza +998901234567"', /line 2: not valid JSON/],
    ['neither text nor messages', '{"id":"x","body":"Dilnoza +998901234567"}', /line 2: invalid document/],
    ['a non-string text', '{"id":"x","text":42}', /line 2: invalid document/],
  ])('stops with exit code 3 at a line that is %s, without writing it or quoting it', async (_case, bad, message) => {
    const result = await runCli(['redact', ...tenants], { stdin: jsonl([review, bad, review]) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('Dilnoza');
    expect(parseJsonl(result.stdout)).toHaveLength(1);
    expect(result.stdout).not.toContain('Dilnoza');
  });

  it('skips and counts invalid documents with --skip-invalid', async () => {
    const result = await runCli(['redact', ...tenants, '--skip-invalid'], { stdin: jsonl([review, '{"id":"x"}', dialogue]) });
    expect(result.code).toBe(0);
    expect(parseJsonl(result.stdout).map((line) => line.id)).toEqual(['r1', 'd1']);
    expect(result.stderr).toMatch(/2 documents, 1 invalid lines skipped/);
  });

  it.each([
    [['--tenants', 'examples/tenants.yaml', '--tenant', 'nobody'], /unknown tenant "nobody"/],
    [['--tenants', '/nonexistent/tenants.yaml', '--tenant', 'demo-uz'], /tenants/],
  ])('exits with the policy code 4 for %j', async (args, message) => {
    const result = await runCli(['redact', ...args], { stdin: jsonl([review]) });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('rejects a tenants file that does not validate with the policy code 4', async () => {
    const bad = temp.file('bad.yaml', 'version: 1\ntenants:\n  - id: broken\n    jurisdiction: XX\n');
    const result = await runCli(['redact', '--tenants', bad, '--tenant', 'broken'], { stdin: jsonl([review]) });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/ERR_PII_POLICY_INVALID/);
  });

  it.each([
    [['--purpose', 'training'], /expected one of storage, model, analytics/],
    [['--region', 'Germany'], /region code/],
  ])('exits with the usage code 2 for %j', async (args, message) => {
    const result = await runCli(['redact', ...tenants, ...args], { stdin: jsonl([review]) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
