// Renders a scoreboard: a fixed-width table for terminals, a Markdown table for RESULTS.md, and plain JSON.

import type { EntityType } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import type { Scoreboard, TypeScore } from './score.js';

export interface ScoreRow {
  lang: string;
  type: EntityType;
  score: TypeScore;
}

/** Rows with something to say (gold entities or predictions), languages sorted with `all` last. */
export function scoreRows(board: Scoreboard): ScoreRow[] {
  const langs = Object.keys(board.byLang)
    .filter((lang) => lang !== 'all')
    .sort();
  langs.push('all');
  const rows: ScoreRow[] = [];
  for (const lang of langs) {
    const byType = board.byLang[lang];
    if (!byType) continue;
    for (const type of ENTITY_TYPES) {
      const score = byType[type];
      if (score.entities === 0 && score.predictedChars === 0) continue;
      rows.push({ lang, type, score });
    }
  }
  return rows;
}

const fixed = (value: number): string => value.toFixed(3);

/** `groupLabel` names the first column: `lang` by default, e.g. `genre` for other groupings. */
export function formatScoreTable(board: Scoreboard, groupLabel = 'lang'): string {
  const header = [groupLabel, 'type', 'entities', 'caught', 'recall', 'char-precision', 'F1'];
  const body = scoreRows(board).map(({ lang, type, score }) => [
    lang,
    type,
    String(score.entities),
    String(score.caught),
    fixed(score.recall),
    fixed(score.precision),
    fixed(score.f1),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column]!.length)));
  const render = (cells: string[]): string =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [render(header), ...body.map(render)].join('\n');
}

export function formatScoreMarkdown(board: Scoreboard, groupLabel = 'lang'): string {
  const lines = [`| ${groupLabel} | type | entities | caught | recall | char precision | F1 |`, '|---|---|---:|---:|---:|---:|---:|'];
  for (const { lang, type, score } of scoreRows(board)) {
    lines.push(
      `| ${lang} | ${type} | ${score.entities} | ${score.caught} | ${fixed(score.recall)} | ${fixed(score.precision)} | ${fixed(score.f1)} |`,
    );
  }
  return lines.join('\n');
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** The same numbers as the table, as plain data (rounded to 4 decimals) for the final JSON line. */
export function scoreboardToJson(board: Scoreboard): Record<string, Partial<Record<EntityType, TypeScore>>> {
  const json: Record<string, Partial<Record<EntityType, TypeScore>>> = {};
  for (const { lang, type, score } of scoreRows(board)) {
    (json[lang] ??= {})[type] = {
      ...score,
      recall: round(score.recall),
      precision: round(score.precision),
      f1: round(score.f1),
    };
  }
  return json;
}
