// Runs the example ingestion app: `npx tsx examples/ingest-app/main.ts` (port 3000, data in .tmp/ingest-app).

import { createGate } from '../../src/gate.js';
import { createIngestApp } from './app.js';
import { createJsonlStore } from './store.js';

const gate = createGate({ tenants: new URL('../tenants.yaml', import.meta.url).pathname });
const app = createIngestApp({
  gate,
  store: createJsonlStore(process.env['INGEST_DATA_DIR'] ?? '.tmp/ingest-app'),
  storageRegion: process.env['INGEST_REGION'] ?? 'UZ',
});
await gate.ready;
const server = app.listen(Number(process.env['PORT'] ?? 3000), '127.0.0.1', () => {
  console.log('ingest-app listening on http://127.0.0.1:%d', Number(process.env['PORT'] ?? 3000));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => void gate.close()));
}
