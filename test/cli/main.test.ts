// The pii-gate program: help documents commands and exit codes; unknown commands are usage errors.

import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from './run-cli.js';

beforeAll(assertBuilt);

describe('pii-gate', () => {
  it('lists every command and the exit codes in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['detect', 'redact', 'eval', 'serve']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*3 {2}invalid input line/);
  });

  it.each(['detect', 'redact', 'eval'])('documents exit codes in %s --help', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes:');
  });

  it('prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits with the usage code 2 for an unknown command', async () => {
    const result = await runCli(['summon']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command/);
  });
});
