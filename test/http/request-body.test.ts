// Raw POST /v1/redact bodies: size and media type on the main thread, parsing and validation as a worker does them.

import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { PiiGateError } from '../../src/errors.js';
import { limitInBytes, mediaTypeOf, readBody } from '../../src/http/body.js';
import { parseRedactRequest } from '../../src/http/request-body.js';
import { review, SAMPLE } from '../helpers/documents.js';

const limits = { maxDocuments: 2, maxTextChars: 200, maxDepth: 4 };
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const body = (value: unknown): Uint8Array => bytesOf(JSON.stringify(value));
const storageUz = { purpose: 'storage', region: 'UZ' };

function failureOf(run: () => unknown): PiiGateError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as PiiGateError;
  }
}

describe('parseRedactRequest', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['accepts a valid body', body({ destination: storageUz, documents: [review('a')] }), undefined],
    ['accepts a body with a leading BOM', bytesOf(`\uFEFF${JSON.stringify({ destination: storageUz, documents: [] })}`), undefined],
    ["accepts the key's own tenant named in the body", body({ destination: storageUz, documents: [], tenant: 'demo-uz' }), undefined],
    ['refuses malformed JSON', bytesOf('{"destination": '), 'ERR_PII_INPUT_INVALID_JSON'],
    ['refuses a top-level string, as strict body-parser does', bytesOf(JSON.stringify(`call ${SAMPLE.phone}`)), 'ERR_PII_INPUT_INVALID_JSON'],
    ['refuses an empty body as a schema violation', new Uint8Array(0), 'ERR_PII_INPUT_SCHEMA'],
    ['refuses a top-level array as a schema violation', body([review('a')]), 'ERR_PII_INPUT_SCHEMA'],
    ['refuses an unknown field', body({ destination: storageUz, documents: [], extra: 1 }), 'ERR_PII_INPUT_SCHEMA'],
    ["refuses another tenant's id", body({ destination: storageUz, documents: [], tenant: 'demo-kz' }), 'ERR_PII_AUTH_FORBIDDEN'],
    ['refuses a bad destination', body({ destination: { purpose: 'storage', region: 'UZB' }, documents: [] }), 'ERR_PII_INPUT_SCHEMA'],
    ['refuses too many documents', body({ destination: storageUz, documents: [{}, {}, {}] }), 'ERR_PII_INPUT_TOO_MANY_DOCUMENTS'],
    ['refuses a text over the length limit', body({ destination: storageUz, documents: [{ text: 'x'.repeat(201) }] }), 'ERR_PII_INPUT_TEXT_TOO_LONG'],
    ['refuses a document nested too deep', body({ destination: storageUz, documents: [{ a: { b: { c: { d: {} } } } }] }), 'ERR_PII_INPUT_TOO_DEEP'],
  ])('%s', (_label, bytes, code) => {
    expect(failureOf(() => parseRedactRequest(bytes, 'demo-uz', limits))?.code).toBe(code);
  });

  it('never quotes the body in an error', () => {
    const failure = failureOf(() => parseRedactRequest(bytesOf(`{"documents": ["${SAMPLE.phone}" oops`), 'demo-uz', limits));
    expect(failure?.code).toBe('ERR_PII_INPUT_INVALID_JSON');
    expect(failure?.message).not.toContain(SAMPLE.phone.slice(1));
  });

  it('reads invalid UTF-8 as replacement characters, as body-parser does', () => {
    const invalid = new Uint8Array([...bytesOf('{"destination":{"purpose":"storage","region":"UZ"},"documents":[{"text":"'), 0xff, ...bytesOf('"}]}')]);
    expect(parseRedactRequest(invalid, 'demo-uz', limits).documents).toEqual([{ text: '\uFFFD' }]);
  });
});

describe('limitInBytes', () => {
  it.each<[number | string, number]>([
    [1000, 1000],
    ['1mb', 1_048_576],
    ['64kb', 65_536],
    ['1.5 KB', 1536],
    ['10b', 10],
  ])('reads %j as %i bytes, as body-parser does', (limit, bytes) => {
    expect(limitInBytes(limit)).toBe(bytes);
  });
});

describe('mediaTypeOf', () => {
  it.each<[Record<string, string>, boolean, boolean]>([
    [{ 'content-type': 'application/json' }, true, true],
    [{ 'content-type': 'Application/JSON; charset=UTF-8' }, true, true],
    [{ 'content-type': 'application/vnd.api+json' }, true, true],
    [{ 'content-type': 'application/json; charset=utf-16le' }, true, false],
    [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, true, false],
    [{ 'content-type': 'application/json', 'content-encoding': 'identity' }, true, true],
    [{ 'content-type': 'text/plain' }, false, true],
    [{ 'content-type': 'application/+json' }, false, true],
    [{}, false, false],
  ])('reads %j as JSON: %s, plain UTF-8: %s', (headers, json, plainUtf8) => {
    expect(mediaTypeOf({ headers })).toEqual({ json, plainUtf8 });
  });
});

/** A request stream with the given headers, fed `chunks` and then ended (or destroyed when `abort` is set). */
function fakeRequest(headers: Record<string, string>, chunks: readonly string[], abort = false): IncomingMessage {
  const stream = new PassThrough();
  Object.assign(stream, { headers });
  queueMicrotask(() => {
    for (const chunk of chunks) stream.write(Buffer.from(chunk));
    if (abort) stream.destroy();
    else stream.end();
  });
  return stream as unknown as IncomingMessage;
}

describe('readBody', () => {
  it('gives the body as bytes in a buffer of its own (safe to transfer to a worker)', async () => {
    const bytes = await readBody(fakeRequest({}, ['{"a":', '1}']), 100);
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it.each<[string, Record<string, string>, string[], boolean, string]>([
    ['a declared length over the limit', { 'content-length': '101' }, [], false, 'ERR_PII_INPUT_TOO_LARGE'],
    ['a streamed body that grows past the limit', {}, ['x'.repeat(60), 'x'.repeat(60)], false, 'ERR_PII_INPUT_TOO_LARGE'],
    ['a body shorter than its Content-Length', { 'content-length': '50' }, ['{}'], false, 'ERR_PII_INPUT_INVALID_JSON'],
    ['a request aborted by the client', {}, ['{"a"'], true, 'ERR_PII_INPUT_INVALID_JSON'],
  ])('refuses %s', async (_label, headers, chunks, abort, code) => {
    await expect(readBody(fakeRequest(headers, chunks, abort), 100)).rejects.toMatchObject({ code });
  });
});
