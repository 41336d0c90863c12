// Renders a template ("Спасибо {name:first:dat}! Мой номер {phone}") into text plus gold spans, then applies the
// record's writing style (apostrophe variant, lower-case chat, typos) without moving any span.

import type { CorpusLang } from '../fixtures/negatives.js';
import type { EntityType } from '../../src/types.js';
import type { Case } from './morphology.js';
import type { NameForm, Person } from './people.js';
import { createPerson, nameForms, renderName, showsRarePart } from './people.js';
import type { PhoneCountryCode } from './phones.js';
import { generatePhone } from './phones.js';
import type { Rng } from './rng.js';
import type { EmailStyle, NegativeSlot } from './values.js';
import { generateEmail, generateNegative, negativeSlots } from './values.js';

export interface Segment {
  text: string;
  type?: EntityType;
  /** Hard negatives are kept apart so typos never touch them (a typo could turn a date into something else). */
  protected?: boolean;
  /** The name comes from the rare lists (lets the accuracy benchmark report generalisation separately). */
  rare?: boolean;
}

export interface RenderContext {
  rng: Rng;
  lang: CorpusLang;
  /** Person 1 is the subject (customer, author), 2 the operator or a second person, and so on. */
  people: Map<number, Person>;
  /** Countries to draw phone numbers from, weighted by repetition. */
  phoneCountries: readonly PhoneCountryCode[];
  /** Language of the people when it differs from the text (mixed-language records). */
  personLang?: CorpusLang;
}

const emailStyles: readonly EmailStyle[] = ['plain', 'plain', 'plain', 'plus', 'sub', 'digits', 'idn', 'obf', 'obf'];

function person(ctx: RenderContext, index: number): Person {
  let found = ctx.people.get(index);
  if (!found) {
    found = createPerson(ctx.rng, ctx.personLang ?? ctx.lang);
    ctx.people.set(index, found);
  }
  return found;
}

/** `name@2:full:dat` → person 2, form full, dative. */
function renderSlot(ctx: RenderContext, slot: string): Segment {
  const [head = '', ...args] = slot.split(':');
  const [kind = '', indexText] = head.split('@');
  const index = indexText === undefined ? 1 : Number(indexText);
  switch (kind) {
    case 'name': {
      const form = (args[0] ?? 'first') as NameForm;
      if (!nameForms.includes(form)) throw new Error(`template: unknown name form "${form}"`);
      const grammaticalCase = (args[1] ?? 'nom') as Case;
      const named = person(ctx, index);
      return { text: renderName(ctx.rng, named, form, grammaticalCase), type: 'NAME', ...(showsRarePart(named, form) ? { rare: true } : {}) };
    }
    case 'g': {
      const [masculine = '', feminine = ''] = args.join(':').split('|');
      return { text: person(ctx, index).gender === 'm' ? masculine : feminine };
    }
    case 'phone': {
      const countries = args[0] ? (args[0].split(',') as PhoneCountryCode[]) : ctx.phoneCountries;
      return { text: generatePhone(ctx.rng, ctx.rng.pick(countries)), type: 'PHONE' };
    }
    case 'email': {
      const style = (args[0] ?? ctx.rng.pick(emailStyles)) as EmailStyle;
      return { text: generateEmail(ctx.rng, person(ctx, index), style), type: 'EMAIL' };
    }
    default:
      if (negativeSlots.has(kind)) return { text: generateNegative(ctx.rng, ctx.lang, kind as NegativeSlot), protected: true };
      throw new Error(`template: unknown slot {${slot}}`);
  }
}

export function renderTemplate(ctx: RenderContext, template: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]+)\}/gu)) {
    if (match.index > last) segments.push({ text: template.slice(last, match.index) });
    segments.push(renderSlot(ctx, match[1]!));
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ text: template.slice(last) });
  return segments;
}

export interface WritingStyle {
  /** Replaces ‘ (the fixtures' o‘/g‘ mark) everywhere in the record. */
  apostrophe: string;
  lowerCase: boolean;
  /** Chance that a plain word of 4+ letters gets a typo. */
  typoRate: number;
}

export const apostrophes = ['‘', 'ʻ', "'", '’', '`'] as const;

function typo(rng: Rng, word: string): string {
  const chars = [...word];
  const at = rng.int(1, chars.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      break;
    case 1:
      chars.splice(at, 1);
      break;
    default:
      chars.splice(at, 0, chars[at]!);
  }
  return chars.join('');
}

function applyTypos(rng: Rng, text: string, rate: number): string {
  if (rate === 0) return text;
  return text.replace(/\p{L}{4,}/gu, (word) => (rng.chance(rate) ? typo(rng, word) : word));
}

export interface LabelledText {
  text: string;
  spans: { start: number; end: number; type: EntityType; rare?: true }[];
}

/** Joins segments into text and gold spans; style changes happen per segment, so offsets stay exact. */
export function assemble(rng: Rng, segments: readonly Segment[], style: WritingStyle): LabelledText {
  let text = '';
  const spans: LabelledText['spans'] = [];
  for (const segment of segments) {
    let value = segment.text.replaceAll('‘', style.apostrophe);
    if (!segment.type && !segment.protected) value = applyTypos(rng, value, style.typoRate);
    if (style.lowerCase) value = value.toLowerCase();
    if (segment.type && value.length > 0) {
      const start = text.length;
      spans.push({ start, end: start + value.length, type: segment.type, ...(segment.rare ? { rare: true as const } : {}) });
    }
    text += value;
  }
  return { text, spans };
}
