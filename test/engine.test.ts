import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { redactDocument } from '../src/engine.js';
import { PiiGateError } from '../src/errors.js';
import { createFileTenantStore, parseTenantsYaml, type ResolvedPolicy } from '../src/policy/index.js';
import type { Destination } from '../src/types.js';

// Synthetic values only: example.uz / example.com domains, a made-up name, a test-range number.
const person = { name: 'Алишер', fullName: 'Алишер Каримов', phone: '+998 90 123 45 67', email: 'test.user@example.uz' } as const;
const env = { TEST_SECRET: 'engine-test-secret-0123456789', OTHER_SECRET: 'other-test-secret-0123456789' };

const examples = createFileTenantStore(new URL('../examples/tenants.yaml', import.meta.url).pathname, { watch: false, env: {} });
const demoUz = examples.get('demo-uz') as ResolvedPolicy;
const demoKz = examples.get('demo-kz') as ResolvedPolicy;

function tenant(yamlBody: string, secret = 'TEST_SECRET'): ResolvedPolicy {
  const body = `id: test-tenant\njurisdiction: UZ\nconsent: { storage: true, model: true, analytics: true }\nsecret: env:${secret}\n${yamlBody}`;
  const [policy] = parseTenantsYaml(`tenants:\n  - ${body.trim().split('\n').join('\n    ')}\n`, { env });
  if (!policy) throw new Error('test setup: no policy');
  return policy;
}

const pseudonymizeAll = tenant('entities: { NAME: pseudonymize, PHONE: pseudonymize, EMAIL: pseudonymize }');
const storageUz: Destination = { purpose: 'storage', region: 'UZ' };

function review(): Record<string, unknown> {
  return {
    id: 'r-1',
    text: `Меня зовут ${person.name}, тел ${person.phone}, почта ${person.email}. Доставка быстрая.`,
    rating: 5,
  };
}

function redactedText(document: unknown): string {
  return (document as { text: string }).text;
}

describe('redactDocument with demo-uz (the evidence of issue 4)', () => {
  it('for storage in UZ keeps names, masks phones and pseudonymises e-mails', () => {
    const { document, report } = redactDocument(review(), demoUz, storageUz);
    const text = redactedText(document);
    expect(text).toContain(`зовут ${person.name},`);
    expect(text).toContain('тел +998 ** *** ** 67,');
    expect(text).toMatch(/почта EMAIL_[0-9a-f]{8}\./u);
    expect(report.entities.PHONE.actions).toEqual({ mask: 1 });
    expect(report.entities.EMAIL.actions).toEqual({ pseudonymize: 1 });
  });

  it('for a model in DE replaces all three, and says why', () => {
    const document = { ...review(), author: { name: person.fullName } };
    const { document: out, report } = redactDocument(document, demoUz, { purpose: 'model', region: 'DE' });
    const text = redactedText(out);
    expect(text).toContain('тел [PHONE],');
    expect(text).toContain('почта [EMAIL].');
    expect(text).not.toContain(person.name);
    expect((out as { author: { name: string } }).author.name).toBe('[NAME]');
    for (const type of ['NAME', 'PHONE', 'EMAIL'] as const) {
      expect(report.entities[type].reasons).toEqual(['consent:model', 'residency:UZ->DE']);
      expect(Object.keys(report.entities[type].actions)).toEqual(['replace']);
    }
  });

  it('for storage in DE (abroad) does not keep names', () => {
    const document = { ...review(), author: { name: person.fullName } };
    const { document: out, report } = redactDocument(document, demoUz, { purpose: 'storage', region: 'DE' });
    expect(JSON.stringify(out)).not.toContain(person.name);
    expect(report.entities.NAME.actions.keep).toBeUndefined();
    expect(report.entities.NAME.reasons).toEqual(['residency:UZ->DE']);
  });
});

describe('redactDocument with demo-kz', () => {
  it('replaces every entity for storage in KZ', () => {
    const document = { ...review(), author: { name: person.fullName, phone: person.phone, email: person.email } };
    const { document: out } = redactDocument(document, demoKz, { purpose: 'storage', region: 'KZ' });
    expect((out as { author: unknown }).author).toEqual({ name: '[NAME]', phone: '[PHONE]', email: '[EMAIL]' });
    expect(redactedText(out)).toContain('тел [PHONE], почта [EMAIL].');
  });
});

describe('structured author fields', () => {
  it.each([
    ['a name no detector knows', { name: 'Qwerty Zxcvbn' }, { name: '[NAME]' }],
    ['a phone without a country code', { phone: '90 123 45 67' }, { phone: '[PHONE]' }],
    ['a phone field that does not parse as a number', { phone: 'tel: +++ 12' }, { phone: '[PHONE]' }],
    ['an e-mail with blanks around it', { email: ' a.b@example.com ' }, { email: ' [EMAIL] ' }],
    ['empty and null values', { name: '', phone: null }, { name: '', phone: null }],
    ['unknown author fields, untouched', { name: 'Qwerty', city: 'Toshkent', age: 30 }, { name: '[NAME]', city: 'Toshkent', age: 30 }],
  ])('redacts %s as a whole', (_case, author, expected) => {
    const { document } = redactDocument({ id: 's', text: 'Отличный сервис.', author }, demoKz, { purpose: 'storage', region: 'KZ' });
    expect((document as { author: unknown }).author).toEqual(expected);
  });

  it('masks an author phone the way it masks phones in text (demo-uz)', () => {
    const { document } = redactDocument({ text: 'ok', author: { phone: person.phone } }, demoUz, storageUz);
    expect((document as { author: { phone: string } }).author.phone).toBe('+998 ** *** ** 67');
  });

  it.each([
    ['an e-mail in another case', { email: 'Test.User@Example.UZ' }, `почта ${person.email}`],
    ['a phone written without a country code', { phone: '90 123 45 67' }, `тел ${person.phone}`],
  ])('gives %s in author fields the same pseudonym as in the text', (_case, author, text) => {
    const { document } = redactDocument({ text, author }, pseudonymizeAll, storageUz);
    const out = document as { text: string; author: Record<string, string> };
    const token = Object.values(out.author)[0];
    expect(token).toMatch(/^(EMAIL|PHONE)_[0-9a-f]{8}$/u);
    expect(out.text).toContain(token);
  });
});

describe('dialogues', () => {
  const dialogue = {
    id: 'd-1',
    channel: 'telegram',
    messages: [
      { role: 'customer', text: `Здравствуйте, меня зовут ${person.name}.`, ts: 1 },
      { role: 'agent', text: 'Добрый день, чем могу помочь?', ts: 2 },
      { role: 'customer', text: `Мой номер ${person.phone}, почта ${person.email}`, ts: 3 },
      { role: 'agent', text: 'Спасибо, алишеру перезвонят.', ts: 4 },
      { role: 'agent', text: `Хорошо, передам ${person.name}у.`, ts: 5 },
    ],
  };

  it('gives the same person the same pseudonym in every turn, even lower-cased or inflected', () => {
    const { document, report } = redactDocument(dialogue, pseudonymizeAll, storageUz);
    const texts = (document as typeof dialogue).messages.map((message) => message.text);
    const first = /NAME_[0-9a-f]{8}/u.exec(texts[0] ?? '')?.[0];
    expect(first).toBeDefined();
    expect(texts[3]).toBe(`Спасибо, ${first} перезвонят.`);
    expect(texts[4]).toBe(`Хорошо, передам ${first}.`);
    expect(report.entities.NAME.found).toBe(3);
  });

  it('finds a name given by a turn author in the text of later turns', () => {
    const withAuthor = {
      messages: [
        { role: 'customer', author: { name: 'Qwertyjon' }, text: 'Salom!' },
        { role: 'agent', text: 'Assalomu alaykum, qwertyjon!' },
      ],
    };
    const { document } = redactDocument(withAuthor, pseudonymizeAll, storageUz);
    const [turn0, turn1] = (document as { messages: Array<{ author?: { name: string }; text: string }> }).messages;
    expect(turn1?.text).toBe(`Assalomu alaykum, ${turn0?.author?.name}!`);
  });

  it('keeps every other field of every turn byte for byte', () => {
    const { document } = redactDocument(dialogue, demoKz, { purpose: 'storage', region: 'KZ' });
    const out = document as typeof dialogue;
    expect(out.channel).toBe('telegram');
    expect(out.messages.map(({ role, ts }) => [role, ts])).toEqual(dialogue.messages.map(({ role, ts }) => [role, ts]));
    expect(out.messages[1]?.text).toBe(dialogue.messages[1]?.text);
  });
});

describe('document shape and pass-through', () => {
  const rich = {
    id: 42,
    text: `Пишите на ${person.email}`,
    rating: 4.5,
    tags: ['доставка', 'курьер'],
    meta: { comment: `звоните ${person.phone}`, source: 'app', nested: { deep: [1, null, true] } },
    consent: { storage: true },
    emoji: '😀 e\u0301',
  };

  it('keeps the shape and every non-PII field byte for byte, and leaves the input alone', () => {
    const before = JSON.stringify(rich);
    const { document } = redactDocument(rich, demoKz, { purpose: 'storage', region: 'KZ' });
    const out = document as typeof rich;
    expect(JSON.stringify(rich)).toBe(before);
    expect(Object.keys(out)).toEqual(Object.keys(rich));
    expect({ ...out, text: rich.text }).toEqual(rich);
    expect(out.text).toBe('Пишите на [EMAIL]');
  });

  it('redacts tenant field paths too', () => {
    const withFields = tenant('entities: { PHONE: replace }\nfields: ["meta.comment", "messages[*].note"]');
    const document = { ...rich, messages: [{ text: 'ok', note: `почта ${person.email}` }] };
    const { document: out, report } = redactDocument(document, withFields, storageUz);
    const typed = out as typeof document;
    expect(typed.meta.comment).toBe('звоните [PHONE]');
    expect(typed.messages[0]?.note).toBe('почта [EMAIL]');
    expect(report.fields).toBe(4);
  });

  it('passes __proto__ and constructor keys through as data without polluting prototypes', () => {
    const hostile = JSON.parse(`{"text":"hi","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`) as unknown;
    const { document } = redactDocument(hostile, demoKz, { purpose: 'storage', region: 'KZ' });
    expect(JSON.stringify(document)).toBe(JSON.stringify(hostile));
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('reports', () => {
  it('count entities and actions, name the document and tenant, and carry no raw value', () => {
    const document = { ...review(), author: { name: person.fullName, phone: person.phone, email: person.email } };
    const { report } = redactDocument(document, demoKz, { purpose: 'analytics', region: 'kz' });
    expect(report).toMatchObject({ id: 'r-1', tenant: 'demo-kz', destination: { purpose: 'analytics', region: 'KZ' }, fields: 4 });
    expect(report.entities.PHONE).toEqual({ found: 2, actions: { replace: 2 }, reasons: ['policy'] });
    expect(report.entities.EMAIL).toEqual({ found: 2, actions: { replace: 2 }, reasons: ['policy'] });
    expect(report.elapsedMs).toBeGreaterThanOrEqual(0);
    const serialized = JSON.stringify(report);
    for (const value of [person.name, person.email, '123 45 67', 'Доставка']) expect(serialized).not.toContain(value);
  });

  it('add deny-list when a denied word was redacted', () => {
    const denying = tenant('deny: [Zebrastan]');
    const { document, report } = redactDocument({ text: 'Магазин Zebrastan хороший' }, denying, storageUz);
    expect(redactedText(document)).toBe('Магазин [NAME] хороший');
    expect(report.entities.NAME.reasons).toContain('deny-list');
  });
});

describe('record consent', () => {
  const required = tenant('recordConsent: required\nentities: { NAME: keep, PHONE: keep, EMAIL: keep }');

  it.each([
    ['a record that consents', { storage: true }, 'keep', ['policy']],
    ['a record without consent', undefined, 'replace', ['record-consent']],
    ['a record that refuses', false, 'replace', ['record-consent']],
  ])('with recordConsent required, %s → %s', (_case, consent, action, reasons) => {
    const document = { text: 'ok', author: { name: person.fullName }, ...(consent === undefined ? {} : { consent }) };
    const { document: out, report } = redactDocument(document, required, storageUz);
    expect(report.entities.NAME.actions).toEqual({ [action]: 1 });
    expect(report.entities.NAME.reasons).toEqual(reasons);
    expect((out as { author: { name: string } }).author.name).toBe(action === 'keep' ? person.fullName : '[NAME]');
  });
});

describe('pseudonyms', () => {
  const document = { text: `почта ${person.email}` };
  const tokenOf = (policy: ResolvedPolicy): string => redactedText(redactDocument(document, policy, storageUz).document);

  it('are stable across documents', () => {
    expect(tokenOf(pseudonymizeAll)).toBe(tokenOf(pseudonymizeAll));
  });

  it('are the same for an author name in one document and that name, inflected, in the text of another', () => {
    const fromAuthor = redactDocument({ text: 'ok', author: { name: person.name } }, pseudonymizeAll, storageUz).document as { author: { name: string } };
    const fromText = redactedText(redactDocument({ text: `Спасибо, передам ${person.name}у.` }, pseudonymizeAll, storageUz).document);
    expect(fromAuthor.author.name).toMatch(/^NAME_[0-9a-f]{8}$/u);
    expect(fromText).toBe(`Спасибо, передам ${fromAuthor.author.name}.`);
  });

  it('differ between tenants, even with the same secret', () => {
    const [other] = parseTenantsYaml(
      `tenants:\n  - { id: other-tenant, jurisdiction: UZ, consent: { storage: true }, secret: "env:TEST_SECRET", entities: { EMAIL: pseudonymize } }\n`,
      { env },
    );
    expect(tokenOf(other as ResolvedPolicy)).not.toBe(tokenOf(pseudonymizeAll));
  });

  it('differ when the secret differs', () => {
    const rotated = tenant('entities: { EMAIL: pseudonymize }', 'OTHER_SECRET');
    expect(tokenOf(rotated)).not.toBe(tokenOf(pseudonymizeAll));
  });

  it('are the same in another process', () => {
    const script = `import { pseudonym } from './src/mask/index.ts'; process.stdout.write(pseudonym('EMAIL', ${JSON.stringify(person.email)}, ${JSON.stringify(env.TEST_SECRET)}, 'test-tenant'));`;
    const fromChild = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(tokenOf(pseudonymizeAll)).toBe(`почта ${fromChild}`);
  });
});

describe('fails closed', () => {
  it.each([
    ['a string', 'Меня зовут Алишер', 'ERR_PII_INPUT_SCHEMA'],
    ['an object without text or messages', { body: 'Меня зовут Алишер' }, 'ERR_PII_INPUT_SCHEMA'],
    ['a numeric text', { text: 998901234567 }, 'ERR_PII_INPUT_SCHEMA'],
    ['messages that are not a list', { messages: 'Меня зовут Алишер' }, 'ERR_PII_INPUT_SCHEMA'],
  ])('rejects %s without echoing it', (_case, document, code) => {
    const error = catchError(() => redactDocument(document, demoKz, { purpose: 'storage', region: 'KZ' }));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('Алишер');
  });

  it.each([
    ['an unknown purpose', { purpose: 'marketing', region: 'UZ' }, 'destination.purpose'],
    ['a region that is not a code', { purpose: 'storage', region: 'Uzbekistan' }, 'destination.region'],
  ])('rejects %s', (_case, destination, field) => {
    const error = catchError(() => redactDocument(review(), demoUz, destination as Destination));
    expect(error.code).toBe('ERR_PII_INPUT_SCHEMA');
    expect(error.detail).toContain(field);
  });

  it('throws rather than return text when a pseudonymising policy has no secret', () => {
    const { secret: _dropped, ...withoutSecret } = pseudonymizeAll;
    const error = catchError(() => redactDocument(review(), withoutSecret, storageUz));
    expect(error.code).toBe('ERR_PII_POLICY_SECRET_MISSING');
  });
});

describe('fails closed when a detector crashes', () => {
  it('throws ERR_PII_DETECT_FAILED naming the field, without the crash message', async () => {
    vi.resetModules();
    vi.doMock('../src/detect/index.js', () => ({
      detect: () => {
        throw new Error(`detector bug near ${person.name}`);
      },
    }));
    try {
      const isolated = await import('../src/engine.js');
      let caught: unknown;
      try {
        isolated.redactDocument(review(), demoKz, { purpose: 'storage', region: 'KZ' });
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'ERR_PII_DETECT_FAILED', detail: 'text: detection failed' });
      expect((caught as Error).message).not.toContain(person.name);
    } finally {
      vi.doUnmock('../src/detect/index.js');
      vi.resetModules();
    }
  });
});

function catchError(run: () => unknown): PiiGateError {
  try {
    run();
  } catch (error) {
    if (error instanceof PiiGateError) return error;
    throw error;
  }
  throw new Error('expected a PiiGateError');
}
