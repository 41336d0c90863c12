// `pii-gate redact`: streams JSONL documents through a tenant's policy; redacted documents out, counts on stderr.

import type { Command } from 'commander';
import { redactDocument } from '../engine.js';
import { PiiGateError } from '../errors.js';
import { createFileTenantStore } from '../policy/store.js';
import type { Destination, Purpose } from '../types.js';
import { CliError } from './errors.js';
import { ExitCode, exitCodesHelp } from './exit-codes.js';
import { DocumentProblem, runJsonlLoop } from './jsonl-loop.js';
import { parsePurpose, parseRegion } from './options.js';
import { createProgress } from './progress.js';
import { addReport, createRedactionTotals, formatRedactionTotals } from './redaction-totals.js';
import { openInput, openOutput } from './streams.js';
import { formatLoopSummary } from './summary.js';

interface RedactCommandOptions {
  tenants: string;
  tenant: string;
  purpose: Purpose;
  region?: string;
  input?: string;
  output?: string;
  skipInvalid?: boolean;
  quiet?: boolean;
}

export function registerRedactCommand(program: Command): void {
  program
    .command('redact')
    .description("apply a tenant's consent and residency policy to JSONL documents (reviews or dialogues)")
    .requiredOption('--tenants <file>', 'tenant policies (YAML), e.g. examples/tenants.yaml')
    .requiredOption('--tenant <id>', 'tenant id in that file')
    .option('--purpose <purpose>', 'what the output is for: storage, model or analytics', parsePurpose, 'storage' as Purpose)
    .option('--region <code>', "where the output will live (ISO 3166 alpha-2; default: the tenant's residency region)", parseRegion)
    .option('--input <file>', 'JSONL input (default stdin); read as a stream, so it may be larger than memory')
    .option('--output <file>', 'JSONL output (default stdout)')
    .option('--skip-invalid', 'skip and count invalid lines instead of stopping at the first one')
    .option('--quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Documents: a review {"id","text",...} or a dialogue {"id","messages":[{"role","text"}],...}; unknown fields
pass through unchanged. The summary on stderr has counts per entity type and action, reason codes, documents,
invalid lines and rate; never a value from a document. A progress bar (rate, ETA) is drawn when stderr is a
terminal and --input is a file.
${exitCodesHelp}`,
    )
    .action(async function runRedact(options: RedactCommandOptions) {
      const store = loadStore(options.tenants);
      const policy = store.get(options.tenant);
      if (!policy) {
        throw new CliError(`unknown tenant "${options.tenant}" (tenants in ${options.tenants}: ${store.list().join(', ')})`, ExitCode.policy);
      }
      store.close?.();
      const destination: Destination = { purpose: options.purpose, region: options.region ?? policy.residency.region };
      const input = openInput(options.input);
      const totals = createRedactionTotals();
      const stats = await runJsonlLoop({
        input: input.stream,
        output: openOutput(options.output),
        skipInvalid: options.skipInvalid ?? false,
        requireText: false,
        progress: createProgress({ totalBytes: input.totalBytes, enabled: process.stderr.isTTY === true }),
        transform(record) {
          const result = redactOrExplain(record, policy, destination);
          addReport(totals, result.report);
          return JSON.stringify(result.document);
        },
      });
      if (!options.quiet) {
        process.stderr.write(`${formatLoopSummary('redact', stats)}\n${formatRedactionTotals(policy.id, destination, totals)}\n`);
      }
    });
}

function loadStore(path: string): ReturnType<typeof createFileTenantStore> {
  try {
    return createFileTenantStore(path, { watch: false });
  } catch (error) {
    if (error instanceof PiiGateError) throw error;
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : 'unreadable';
    throw new CliError(`cannot load tenants file ${path}: ${code}`, ExitCode.policy);
  }
}

/** A document the engine rejects for its shape is an invalid line; anything else stops the run (fail closed). */
function redactOrExplain(
  record: Record<string, unknown>,
  policy: Parameters<typeof redactDocument>[1],
  destination: Destination,
): ReturnType<typeof redactDocument> {
  try {
    return redactDocument(record, policy, destination);
  } catch (error) {
    if (error instanceof PiiGateError && error.code.startsWith('ERR_PII_INPUT')) {
      throw new DocumentProblem(`invalid document (${error.detail ?? error.code})`);
    }
    throw error;
  }
}
