// Raw request bodies for POST /v1/redact: media type and size checked on the main thread, bytes handed on unparsed.

import type { IncomingMessage } from 'node:http';
import { PiiGateError } from '../errors.js';

const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A limit in bytes from a number or a body-parser style string ('1mb' = 1 048 576, as the `bytes` package reads it). */
export function limitInBytes(limit: number | string): number {
  if (typeof limit === 'number') return limit;
  // The limits schema has already checked the shape (digits, optional fraction, unit).
  const multiplier = units[limit.replace(/[\d.\s]/g, '').toLowerCase()];
  const amount = Number.parseFloat(limit);
  if (multiplier === undefined || !(amount >= 0)) {
    throw new PiiGateError('ERR_PII_CONFIG_INVALID', `limits.bodyBytes: cannot read '${limit}' as a size`);
  }
  return Math.floor(amount * multiplier);
}

/** True when the request says it has a body (express.json() looks at the same two headers). */
export function hasBody(req: Pick<IncomingMessage, 'headers'>): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

export interface MediaType {
  /** application/json or application/*+json, as `req.is(['application/json', 'application/*+json'])` accepts. */
  readonly json: boolean;
  /**
   * The body can be read here as plain UTF-8: no charset other than utf-8 and no Content-Encoding. Anything else
   * (gzip, utf-16, …) takes the general Express path, whose body-parser knows how to decode it.
   */
  readonly plainUtf8: boolean;
}

export function mediaTypeOf(req: Pick<IncomingMessage, 'headers'>): MediaType {
  const header = req.headers['content-type'];
  if (typeof header !== 'string') return { json: false, plainUtf8: false };
  const [essence = '', ...parameters] = header.split(';');
  const [type, subtype = ''] = essence.trim().toLowerCase().split('/');
  const json = type === 'application' && (subtype === 'json' || (subtype.endsWith('+json') && subtype.length > 5));
  let charset = 'utf-8';
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() === 'charset') charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
  }
  const encoding = req.headers['content-encoding'];
  const identity = encoding === undefined || encoding.trim().toLowerCase() === 'identity';
  return { json, plainUtf8: identity && (charset === 'utf-8' || charset === 'utf8') };
}

/**
 * The body as bytes in a buffer of its own (so it can be transferred to a worker). Refuses with 413 as soon as the
 * declared or received length passes `limit`, before buffering the rest; the unread rest is discarded by Node when
 * the response ends. A body cut short (client gone, length mismatch) is 400, as body-parser reports it.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  if (declared !== undefined && declared > limit) return Promise.reject(new PiiGateError('ERR_PII_INPUT_TOO_LARGE'));
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error: PiiGateError | undefined): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error !== undefined) {
        reject(error);
        return;
      }
      const bytes = new Uint8Array(received);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
      resolve(bytes);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.byteLength;
      if (received > limit) finish(new PiiGateError('ERR_PII_INPUT_TOO_LARGE'));
      else chunks.push(chunk);
    };
    const onEnd = (): void => {
      finish(declared !== undefined && declared !== received ? new PiiGateError('ERR_PII_INPUT_INVALID_JSON', 'body shorter than Content-Length') : undefined);
    };
    const onError = (): void => finish(new PiiGateError('ERR_PII_INPUT_INVALID_JSON', 'request aborted'));
    const onClose = (): void => finish(new PiiGateError('ERR_PII_INPUT_INVALID_JSON', 'request aborted'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
