// `pii-gate eval GOLD.jsonl`: detection scored against gold spans, per language and entity type.

import type { Command } from 'commander';
import { detect } from '../detect/index.js';
import { evaluateGold } from '../eval/evaluate.js';
import { formatScoreTable, scoreboardToJson } from '../eval/report.js';
import { InvalidLineError } from './errors.js';
import { exitCodesHelp } from './exit-codes.js';
import { parseRegionList } from './options.js';
import { openInput } from './streams.js';

interface EvalCommandOptions {
  regions?: string[];
  json?: boolean;
  skipInvalid?: boolean;
}

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score detection against a gold JSONL file {"id","lang","text","spans":[{start,end,type}]}')
    .argument('<gold>', 'gold JSONL file ("-" for stdin)')
    .option('--regions <list>', 'regions for numbers without a country code, in order (e.g. UZ,KZ,RU)', parseRegionList)
    .option('--json', 'print only the final JSON line')
    .option('--skip-invalid', 'skip and count invalid lines instead of stopping at the first one')
    .addHelpText(
      'after',
      `
Prints, per language (the "lang" field; "all" for the whole file) and entity type:
  entity recall   an entity counts as caught only when every letter and digit of it is inside a predicted span
  char-precision  letters and digits inside predicted spans of that type that are inside a gold span
  F1              harmonic mean of the two
then one JSON line {"file","records","invalidLines","scores":{lang:{type:{...}}}} with the same numbers.
${exitCodesHelp}`,
    )
    .action(async function runEval(gold: string, options: EvalCommandOptions) {
      const input = openInput(gold);
      const detectOptions = options.regions ? { regions: options.regions } : {};
      const evaluation = await evaluateGold(input.stream, (text) => detect(text, detectOptions), {
        onInvalid(lineNumber, problem) {
          if (!options.skipInvalid) throw new InvalidLineError(lineNumber, problem);
        },
      });
      if (!options.json) {
        process.stdout.write(`${formatScoreTable(evaluation.scoreboard)}\n`);
      }
      const summary = {
        file: gold,
        records: evaluation.records,
        invalidLines: evaluation.invalidLines,
        scores: scoreboardToJson(evaluation.scoreboard),
      };
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    });
}
