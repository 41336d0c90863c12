// A pino destination that keeps every log line in memory, so tests can scan what the service wrote.

import { Writable } from 'node:stream';

export class MemoryLog extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
}
