// OpenAPI 3.1 description of the HTTP service, served at /openapi.json and checked against real responses in tests.

import { errorCatalogue } from '../errors.js';
import { ACTIONS, PURPOSES } from '../types.js';

const entityCounts = {
  type: 'object',
  required: ['found', 'actions', 'reasons'],
  properties: {
    found: { type: 'integer', minimum: 0 },
    actions: {
      type: 'object',
      propertyNames: { enum: [...ACTIONS] },
      additionalProperties: { type: 'integer', minimum: 0 },
    },
    reasons: { type: 'array', items: { type: 'string' } },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'pii-gate',
      version,
      description:
        'Redacts names, phone numbers and e-mail addresses in customer feedback (Russian, Uzbek, Kazakh, Kyrgyz, English) ' +
        'according to the tenant policy tied to the API key, the purpose and the region of the destination.',
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'Tenant API key (stored sha256-hashed in the tenants file)' } },
      schemas: {
        Destination: {
          type: 'object',
          additionalProperties: false,
          required: ['purpose', 'region'],
          properties: {
            purpose: { enum: [...PURPOSES] },
            region: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166 alpha-2 region where the data will live' },
          },
        },
        Document: {
          type: 'object',
          description: 'A review (`text`, optional `title`, `author`) or a dialogue (`messages`). Unknown fields pass through untouched.',
          anyOf: [{ required: ['text'] }, { required: ['messages'] }],
          properties: {
            id: { type: ['string', 'integer'] },
            text: { type: 'string' },
            title: { type: 'string' },
            author: {
              type: 'object',
              properties: { name: { type: 'string' }, phone: { type: 'string' }, email: { type: 'string' } },
            },
            messages: {
              type: 'array',
              items: { type: 'object', required: ['text'], properties: { role: { type: 'string' }, text: { type: 'string' } } },
            },
            consent: { type: 'boolean' },
          },
        },
        RedactRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['destination', 'documents'],
          properties: {
            destination: { $ref: '#/components/schemas/Destination' },
            documents: { type: 'array', items: { $ref: '#/components/schemas/Document' } },
            tenant: { type: 'string', description: "Optional; when given it must be the API key's own tenant (else 403)" },
          },
        },
        RedactionReport: {
          type: 'object',
          required: ['tenant', 'destination', 'entities', 'fields', 'elapsedMs'],
          properties: {
            id: { type: ['string', 'integer'] },
            tenant: { type: 'string' },
            destination: { $ref: '#/components/schemas/Destination' },
            entities: {
              type: 'object',
              required: ['NAME', 'PHONE', 'EMAIL'],
              properties: { NAME: entityCounts, PHONE: entityCounts, EMAIL: entityCounts },
            },
            fields: { type: 'integer', minimum: 0 },
            elapsedMs: { type: 'number', minimum: 0 },
          },
        },
        RedactResponse: {
          type: 'object',
          required: ['documents', 'reports'],
          properties: {
            documents: { type: 'array', items: { type: 'object' } },
            reports: { type: 'array', items: { $ref: '#/components/schemas/RedactionReport' } },
          },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details with a stable `code`',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { enum: Object.keys(errorCatalogue) },
            detail: { type: 'string' },
            retryAfter: { type: 'integer', minimum: 0 },
          },
        },
        Status: { type: 'object', required: ['status'], properties: { status: { type: 'string' } } },
      },
    },
    paths: {
      '/v1/redact': {
        post: {
          summary: 'Redact documents for a destination',
          security: [{ apiKey: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/RedactRequest' } } } },
          responses: {
            '200': {
              description: 'Redacted documents, in order, with one report each (counts and reasons, never raw values)',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/RedactResponse' } } },
            },
            '400': problemResponse('Invalid JSON, schema violation or document nested too deep'),
            '401': problemResponse('Missing or unknown API key'),
            '403': problemResponse('The key may not use the tenant named in the body'),
            '413': problemResponse('Body, document count or a text field over the limit'),
            '415': problemResponse('Body is not application/json'),
            '429': problemResponse('Tenant rate limit reached (Retry-After)'),
            '503': problemResponse('Pool overloaded, timed out, worker failed or shutting down (Retry-After); nothing unredacted is returned'),
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness',
          responses: { '200': { description: 'Process is up', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } } },
        },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: 200 only when every worker is warm and the server is not draining',
          responses: {
            '200': { description: 'Ready', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } },
            '503': { description: 'Starting or draining', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } },
          },
        },
      },
      '/metrics': {
        get: { summary: 'Prometheus metrics', responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': {} } } } },
      },
      '/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } } },
      },
    },
  };
}
