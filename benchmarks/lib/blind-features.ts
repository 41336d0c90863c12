// Aggregate only: where the blind corpus's missed NAME spans (and false ones) sit: shape, position in the line, the class
// of the word before and after (a word from our cue lists, a digit, the message start, another word). Prints counts,
// never a blind text or a word of one. Usage: npx tsx benchmarks/lib/blind-features.ts [corpus] [genre or language]
import { readFileSync, readdirSync } from 'node:fs';
import { detect } from '../../src/detect/index.js';
import { loadNameResources } from '../../src/detect/name/resources.js';
import { coverageMask, isCaught } from '../../src/eval/score.js';
import type { BlindRecord } from '../blind-corpus.js';
const path = process.argv[2] ?? 'benchmarks/out/blind-corpus.jsonl';
const genreFilter = process.argv[3] ?? '';
const recs = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BlindRecord);
// word -> category from cue files (last word of a phrase, the word that stands next to the name)
const before = new Map<string, string>(); const after = new Map<string, string>();
for (const f of readdirSync('patterns/cues')) {
  if (!f.startsWith('name-')) continue;
  let section = '';
  for (const line of readFileSync(`patterns/cues/${f}`, 'utf8').split('\n')) {
    if (line.startsWith('#')) { if (f === 'name-before.txt') section = line.slice(1, 30).trim(); continue; }
    for (const phrase of line.split(/\s{2,}|,|;|\t/)) {
      const ws = phrase.toLowerCase().match(/[\p{L}\p{M}'‘’ʻ`-]+/gu); if (!ws) continue;
      const cat = f.replace('.txt', '') + (section ? `:${section}` : '');
      const mapB = f.includes('after') ? after : before;
      for (const w of (ws.length > 1 ? [ws[ws.length - 1]!, ws[0]!] : ws)) if (!mapB.has(w)) mapB.set(w, cat);
      if (!f.includes('after') && !after.has(ws[0]!)) after.set(ws[0]!, cat);
    }
  }
}
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const wordRe = /[\p{L}\p{M}'‘’ʻ`]+/gu;
function prevInfo(text: string, i: number) {
  let j = i - 1; let gap = '';
  while (j >= 0 && !/[\p{L}\p{M}\d]/u.test(text[j]!)) { gap = text[j] + gap; j--; }
  if (j < 0) return { cls: 'message-start', gap };
  let k = j; while (k > 0 && /[\p{L}\p{M}'‘’ʻ`]/u.test(text[k - 1]!)) k--;
  const w = text.slice(k, j + 1);
  const lw = w.toLowerCase();
  const g = gap.includes('\n') ? 'newline' : gap.trim() ? `punct${gap.trim().length > 2 ? '+' : gap.trim()}` : 'space';
  const cat = (before.has(lw) ? `${before.get(lw)!.slice(0, 14)}:${lw}` : undefined) ?? (/\d/.test(w) ? 'digit' : w[0] === w[0]!.toUpperCase() ? 'other-Cap' : 'other-lower');
  return { cls: `${cat} [${g}]`, gap };
}
function nextInfo(text: string, i: number) {
  let j = i; let gap = '';
  while (j < text.length && !/[\p{L}\p{M}\d]/u.test(text[j]!)) { gap += text[j]; j++; }
  const g = gap.includes('\n') ? 'newline' : gap.trim() ? `punct${gap.trim().slice(0, 1)}` : 'space';
  if (j >= text.length) return `message-end [${g}]`;
  const m = text.slice(j).match(/^[\p{L}\p{M}'‘’ʻ`]+/u); const w = (m?.[0] ?? '').toLowerCase();
  return `${(after.has(w) || before.has(w)) ? `list:${w}` : (/\d/.test(text[j]!) ? 'digit' : 'other')} [${g}]`;
}
let fpN = 0;
const lex = loadNameResources().commonWords;
for (const r of recs) {
  if (genreFilter && r.genre !== genreFilter && r.lang !== genreFilter) continue;
  const pred = detect(r.text).filter((s) => s.type === 'NAME');
  const cov = coverageMask(r.text.length, pred);
  const goldCov = new Uint8Array(r.text.length);
  for (const s of r.spans) if (s.type === 'NAME') for (let i = s.start; i < s.end; i++) goldCov[i] = 1;
  const caughtTokens = new Set<string>();
  for (const s of r.spans) if (s.type === 'NAME' && isCaught(r.text, s, cov)) caughtTokens.add(r.text.slice(s.start, s.end).toLowerCase().slice(0, 4));
  for (const s of r.spans) {
    if (s.type !== 'NAME' || isCaught(r.text, s, cov)) continue;
    const name = r.text.slice(s.start, s.end);
    const words = name.match(wordRe) ?? [];
    const shape = words.map((w) => (w === w.toUpperCase() && w.length > 1 ? 'UP' : w[0] === w[0]!.toUpperCase() ? 'Cap' : 'low')).join('+');
    const key = `${r.lang}/${r.genre}/${r.names}`;
    bump(`MISS total ${r.genre}`);
    bump(`MISS shape ${shape}`);
    bump(`MISS prev ${prevInfo(r.text, s.start).cls}`);
    bump(`MISS next ${nextInfo(r.text, s.end)}`);
    bump(`MISS lang ${key}`);
    bump(`MISS same-name-caught-elsewhere ${caughtTokens.has(name.toLowerCase().slice(0, 4))}`);
    const lineStart = r.text.lastIndexOf('\n', s.start - 1) + 1; let lineEnd = r.text.indexOf('\n', s.end); if (lineEnd < 0) lineEnd = r.text.length;
    const lineWords = (r.text.slice(lineStart, lineEnd).match(wordRe) ?? []).length;
    bump(`MISS line-words ${lineWords <= 2 ? lineWords : lineWords <= 5 ? '3-5' : lineWords <= 10 ? '6-10' : '11+'}`);
    const inFirst = (r.text.slice(lineStart, s.start).match(wordRe) ?? []).length;
    bump(`MISS word-index-in-line ${inFirst <= 3 ? inFirst : '4+'}`);
  }
  for (const p of pred) {
    let overl = false; for (let i = p.start; i < p.end; i++) if (goldCov[i]) { overl = true; break; }
    if (overl) continue;
    fpN++;
    const w = r.text.slice(p.start, p.end); const ws = w.match(wordRe) ?? [];
    bump(`FP ${r.lang}/${r.genre}`);
    bump(`FP source ${p.source}`);
    bump(`FP shape ${ws.map((x) => (x[0] === x[0]!.toUpperCase() ? 'Cap' : 'low')).join('+')}`);
    bump(`FP prev ${prevInfo(r.text, p.start).cls}`);
    bump(`FP next ${nextInfo(r.text, p.end)}`);
    bump(`FP combo ${r.lang}/${r.genre} ${p.source} ${ws.length}w ${ws.map((x) => (x[0] === x[0]!.toUpperCase() ? 'Cap' : 'low')).join('+')} len${w.length} | ${prevInfo(r.text, p.start).cls} | ${nextInfo(r.text, p.end)} | known-ru-word:${lex.has(w.toLowerCase())}`);
  }
}
for (const [k, v] of [...counts].sort((a, b) => (a[0].split(' ')[0]! + a[0].split(' ')[1]).localeCompare(b[0].split(' ')[0]! + b[0].split(' ')[1]) || b[1] - a[1])) if (v >= 2) console.log(String(v).padStart(4), k);
console.log('FP spans', fpN);
