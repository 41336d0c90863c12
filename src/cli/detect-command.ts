// `pii-gate detect`: JSONL {"id","text"} in → JSONL {"id","spans":[{start,end,type,score}]} out, same order.

import type { Command } from 'commander';
import { detect } from '../detect/index.js';
import type { EntityType } from '../types.js';
import { exitCodesHelp } from './exit-codes.js';
import { runJsonlLoop } from './jsonl-loop.js';
import { parseRegionList, parseTypeList } from './options.js';
import { createProgress } from './progress.js';
import { openInput, openOutput } from './streams.js';
import { formatLoopSummary } from './summary.js';

interface DetectCommandOptions {
  regions?: string[];
  types?: EntityType[];
  input?: string;
  output?: string;
  skipInvalid?: boolean;
  quiet?: boolean;
}

export function registerDetectCommand(program: Command): void {
  program
    .command('detect')
    .description('find names, phone numbers and e-mail addresses in JSONL {"id","text"} documents')
    .option('--regions <list>', 'regions for numbers without a country code, in order (e.g. UZ,KZ,RU)', parseRegionList)
    .option('--types <list>', 'entity types to look for (NAME,PHONE,EMAIL; default all)', parseTypeList)
    .option('--input <file>', 'JSONL input (default stdin)')
    .option('--output <file>', 'JSONL output (default stdout)')
    .option('--skip-invalid', 'skip and count invalid lines instead of stopping at the first one')
    .option('--quiet', 'no summary on stderr')
    .addHelpText(
      'after',
      `
Output: one line per input document, in input order:
  {"id": <input id or null>, "spans": [{"start": 0, "end": 5, "type": "NAME", "score": 0.9}]}
${exitCodesHelp}`,
    )
    .action(async function runDetect(options: DetectCommandOptions) {
      const input = openInput(options.input);
      const detectOptions = {
        ...(options.regions ? { regions: options.regions } : {}),
        ...(options.types ? { types: options.types } : {}),
      };
      const stats = await runJsonlLoop({
        input: input.stream,
        output: openOutput(options.output),
        skipInvalid: options.skipInvalid ?? false,
        requireText: true,
        progress: createProgress({ totalBytes: input.totalBytes, enabled: process.stderr.isTTY === true }),
        transform(record) {
          const spans = detect(record.text as string, detectOptions).map(({ start, end, type, score }) => ({
            start,
            end,
            type,
            score,
          }));
          return JSON.stringify({ id: record.id ?? null, spans });
        },
      });
      if (!options.quiet) process.stderr.write(formatLoopSummary('detect', stats) + '\n');
    });
}
