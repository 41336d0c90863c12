// Example ingestion service: reviews and support dialogues arrive as JSON and are stored only after pii-gate redacted them.

import express from 'express';
import type { Request, Response } from 'express';
import type { Gate } from '../../src/gate.js';
import { redact } from '../../src/http/middleware.js';
import { problemHandler } from '../../src/http/problem.js';
import type { Destination } from '../../src/types.js';
import type { JsonlStore } from './store.js';

export interface IngestAppOptions {
  gate: Gate;
  store: JsonlStore;
  /** Where this deployment keeps its data (ISO 3166 alpha-2). A region other than the tenant's residency is abroad. */
  storageRegion: string;
}

/** In a real app the tenant comes from the authenticated session; the example reads a header to stay small. */
function tenantOf(req: Request): string {
  return req.get('x-tenant-id') ?? '';
}

export function createIngestApp(options: IngestAppOptions): express.Express {
  const storage: Destination = { purpose: 'storage', region: options.storageRegion };
  // Dialogues are also exported to an analytics model; that copy is redacted for its own destination.
  const analytics: Destination = { purpose: 'analytics', region: options.storageRegion };
  const app = express();

  app.post(
    '/reviews',
    express.json({ limit: '256kb' }),
    redact({ gate: options.gate, tenant: tenantOf, destination: storage, shape: 'review' }),
    async function storeReview(req: Request, res: Response) {
      await options.store.append('reviews', req.body);
      res.status(201).json({ stored: true, redaction: req.redaction });
    },
  );

  app.post(
    '/dialogues',
    express.json({ limit: '256kb' }),
    redact({ gate: options.gate, tenant: tenantOf, destination: storage, shape: 'dialogue' }),
    async function storeDialogue(req: Request, res: Response) {
      await options.store.append('dialogues', req.body);
      res.status(201).json({ stored: true, redaction: req.redaction });
    },
  );

  app.post(
    '/dialogues/analytics',
    express.json({ limit: '256kb' }),
    redact({ gate: options.gate, tenant: tenantOf, destination: analytics, shape: 'dialogue' }),
    async function exportDialogue(req: Request, res: Response) {
      await options.store.append('analytics', req.body);
      res.status(202).json({ exported: true });
    },
  );

  app.use(problemHandler());
  return app;
}
