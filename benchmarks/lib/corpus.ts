// Builds labelled dev-corpus records (reviews, dialogues, chat) from the templates, deterministically from a seed.

import type { CorpusLang } from '../fixtures/negatives.js';
import type { LangTemplates } from '../fixtures/template-types.js';
import { englishTemplates } from '../fixtures/templates-en.js';
import { kazakhTemplates } from '../fixtures/templates-kk.js';
import { kyrgyzTemplates } from '../fixtures/templates-ky.js';
import { mixedTemplates } from '../fixtures/templates-mixed.js';
import { russianTemplates } from '../fixtures/templates-ru.js';
import { uzbekCyrillicTemplates } from '../fixtures/templates-uz-cyrl.js';
import { uzbekLatinTemplates } from '../fixtures/templates-uz-latn.js';
import type { LabelledText, RenderContext, Segment, WritingStyle } from './compose.js';
import { apostrophes, assemble, renderTemplate } from './compose.js';
import type { PhoneCountryCode } from './phones.js';
import type { Rng } from './rng.js';
import { createRng } from './rng.js';

export type RecordLang = CorpusLang | 'mixed';
export type Genre = 'review' | 'dialogue' | 'chat' | 'negative';

export interface CorpusRecord extends LabelledText {
  id: string;
  lang: RecordLang;
  genre: Genre;
}

interface LangSetup {
  templates: LangTemplates;
  share: number;
  /** Weighted by repetition: mostly the home country, some neighbours. */
  phoneCountries: PhoneCountryCode[];
}

const setups: Record<RecordLang, LangSetup> = {
  ru: { templates: russianTemplates, share: 0.24, phoneCountries: ['RU', 'RU', 'UZ', 'UZ', 'KZ', 'KG', 'TJ', 'TM'] },
  'uz-latn': { templates: uzbekLatinTemplates, share: 0.18, phoneCountries: ['UZ', 'UZ', 'UZ', 'UZ', 'UZ', 'KZ', 'RU', 'TJ'] },
  'uz-cyrl': { templates: uzbekCyrillicTemplates, share: 0.12, phoneCountries: ['UZ', 'UZ', 'UZ', 'UZ', 'RU', 'KZ'] },
  kk: { templates: kazakhTemplates, share: 0.13, phoneCountries: ['KZ', 'KZ', 'KZ', 'KZ', 'RU', 'UZ', 'KG'] },
  ky: { templates: kyrgyzTemplates, share: 0.11, phoneCountries: ['KG', 'KG', 'KG', 'KG', 'KZ', 'RU', 'UZ'] },
  en: { templates: englishTemplates, share: 0.12, phoneCountries: ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'RU'] },
  mixed: { templates: mixedTemplates, share: 0.1, phoneCountries: ['UZ', 'UZ', 'UZ', 'KZ', 'RU', 'TJ'] },
};

function pickLang(rng: Rng): RecordLang {
  let roll = rng.next();
  for (const [lang, setup] of Object.entries(setups) as [RecordLang, LangSetup][]) {
    roll -= setup.share;
    if (roll < 0) return lang;
  }
  return 'ru';
}

function pickGenre(rng: Rng): Genre {
  const roll = rng.next();
  return roll < 0.45 ? 'review' : roll < 0.7 ? 'dialogue' : roll < 0.88 ? 'chat' : 'negative';
}

const hasName = (template: string): boolean => template.includes('{name');

/** Review sentences end with punctuation, so a phone at the end of one never runs into a price starting the next. */
const closeSentence = (template: string): string => (/[.!?…,:]$/u.test(template) ? template : `${template}.`);

function joinSentences(ctx: RenderContext, templates: readonly string[], separator: string): Segment[] {
  const segments: Segment[] = [];
  for (const [index, template] of templates.entries()) {
    // Unpunctuated chat still needs a visible break between "…45 67" and "150 000 сум": people write one too.
    if (index > 0) segments.push({ text: /\d$/u.test(segments.at(-1)?.text ?? '') ? '\n' : separator });
    segments.push(...renderTemplate(ctx, template));
  }
  return segments;
}

/** Chat messages mostly lose their final full stops and exclamation marks. */
function chatTemplates(rng: Rng, templates: LangTemplates): string[] {
  return reviewTemplates(rng, templates)
    .slice(0, 2)
    .map((template) => (rng.chance(0.7) ? template.replace(/[.!]+$/u, '') : template));
}

function reviewTemplates(rng: Rng, templates: LangTemplates): string[] {
  const chosen: string[] = [];
  if (rng.chance(0.6)) chosen.push(rng.pick(templates.openings));
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) {
    chosen.push(rng.chance(0.75) ? rng.pick(templates.sentences) : rng.pick(templates.negatives));
  }
  return chosen.map(closeSentence);
}

function negativeTemplates(rng: Rng, templates: LangTemplates): string[] {
  const chosen: string[] = [];
  const openings = templates.openings.filter((template) => !hasName(template) && !template.includes('{'));
  if (openings.length > 0 && rng.chance(0.4)) chosen.push(rng.pick(openings));
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) chosen.push(rng.pick(templates.negatives));
  return chosen.map(closeSentence);
}

/** A turn not said yet in this dialogue (falls back to any when all were used). */
function pickUnused(rng: Rng, turns: readonly string[], used: Set<string>): string {
  const fresh = turns.filter((turn) => !used.has(turn));
  const turn = rng.pick(fresh.length > 0 ? fresh : turns);
  used.add(turn);
  return turn;
}

function dialogueSegments(ctx: RenderContext, templates: LangTemplates): Segment[] {
  const { rng } = ctx;
  const { agentRoles, clientRoles, agent, client } = templates.dialogue;
  const agentRole = rng.pick(agentRoles);
  const clientRole = rng.pick(clientRoles);
  const namedAgent = rng.chance(0.7);
  const namedClient = rng.chance(0.2);
  const turns = rng.int(3, 6);
  const used = new Set<string>();
  const segments: Segment[] = [];
  for (let turn = 0; turn < turns; turn++) {
    if (turn > 0) segments.push({ text: '\n' });
    const isAgent = turn % 2 === 0;
    const prefix = isAgent
      ? namedAgent ? `${agentRole} {name@2:first}: ` : `${agentRole}: `
      : namedClient ? '{name:first}: ' : `${clientRole}: `;
    segments.push(...renderTemplate(ctx, prefix + pickUnused(rng, isAgent ? agent : client, used)));
  }
  return segments;
}

function writingStyle(rng: Rng, genre: Genre): WritingStyle {
  return {
    apostrophe: rng.pick(apostrophes),
    lowerCase: genre === 'chat',
    typoRate: genre === 'chat' ? 0.08 : 0.02,
  };
}

export function generateRecord(rng: Rng, index: number): CorpusRecord {
  const lang = pickLang(rng);
  const genre = pickGenre(rng);
  const setup = setups[lang];
  const ctx: RenderContext = {
    rng,
    // Mixed records take their hard negatives from the Russian vocabulary and their people from either side.
    lang: lang === 'mixed' ? 'ru' : lang,
    people: new Map(),
    phoneCountries: setup.phoneCountries,
    ...(lang === 'mixed' ? { personLang: rng.pick(['uz-latn', 'uz-latn', 'ru', 'en'] as const) } : {}),
  };
  let segments: Segment[];
  switch (genre) {
    case 'dialogue':
      segments = dialogueSegments(ctx, setup.templates);
      break;
    case 'negative':
      segments = joinSentences(ctx, negativeTemplates(rng, setup.templates), ' ');
      break;
    case 'chat':
      segments = joinSentences(ctx, chatTemplates(rng, setup.templates), rng.pick([' ', '\n']));
      break;
    case 'review':
      segments = joinSentences(ctx, reviewTemplates(rng, setup.templates), rng.chance(0.15) ? '\n' : ' ');
      break;
  }
  const labelled = assemble(rng, segments, writingStyle(rng, genre));
  return { id: `dev/${String(index).padStart(5, '0')}`, lang, genre, ...labelled };
}

export function* generateCorpus(options: { seed: number; count: number }): Generator<CorpusRecord> {
  const rng = createRng(options.seed);
  for (let index = 1; index <= options.count; index++) yield generateRecord(rng, index);
}
