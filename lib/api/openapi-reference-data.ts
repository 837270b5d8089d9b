import {
  ApiFigureParams,
  ApiOrganizationListParams,
  ApiSessionListParams,
} from '@/lib/validations/api-reference-data';
import { FigureResource } from './figures';
import { bare, ifNoneMatchParameter, outputSchema, problems, queryParameters } from './openapi';
import {
  DocumentList,
  OrganizationList,
  OrganizationResource,
  SessionDetail,
  SessionList,
} from './reference-data';

/**
 * The OpenAPI part of the reference data (sessions, organizations, figures, documents), made from
 * the schemas that validate the requests and type the answers. Functions, not values: openapi.ts
 * imports this file and these read its helpers when the document is made.
 */
type JsonSchema = Record<string, unknown>;

export function referenceDataSchemas(): Record<string, JsonSchema> {
  return {
    SessionList: bare(outputSchema(SessionList)),
    Session: bare(outputSchema(SessionDetail)),
    OrganizationList: bare(outputSchema(OrganizationList)),
    Organization: bare(outputSchema(OrganizationResource)),
    Figures: bare(outputSchema(FigureResource)),
    DocumentList: bare(outputSchema(DocumentList)),
  };
}

const pathCode = (description: string) => ({
  name: 'code',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const json = (schema: string) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${schema}` } },
});
const page = (schema: string, what: string) => ({
  description: `${what}; \`Link: <…>; rel="next"\` when there are more`,
  headers: { Link: { schema: { type: 'string' } } },
  content: json(schema),
});

export function referenceDataPaths(): Record<string, JsonSchema> {
  return {
    '/api/v1/sessions': {
      get: {
        operationId: 'listSessions',
        summary: 'Survey sessions the token’s user may read, newest first',
        parameters: queryParameters(ApiSessionListParams),
        responses: {
          '200': page('SessionList', 'a page of sessions'),
          ...problems('bad_request', 'not_found'),
        },
      },
    },
    '/api/v1/sessions/{code}': {
      get: {
        operationId: 'getSession',
        summary: 'One survey session and what came out of it (404 when out of reach)',
        parameters: [pathCode('the session code, e.g. KS-HP'), ifNoneMatchParameter],
        responses: {
          '200': {
            description: 'the session',
            headers: {
              ETag: { description: 'its version and a digest of the body', schema: { type: 'string' } },
            },
            content: json('Session'),
          },
          '304': { description: 'If-None-Match names the current ETag' },
          ...problems('not_found'),
        },
      },
    },
    '/api/v1/organizations': {
      get: {
        operationId: 'listOrganizations',
        summary: 'Organizations of the token user’s scope, by code',
        parameters: queryParameters(ApiOrganizationListParams),
        responses: {
          '200': page('OrganizationList', 'a page of organizations'),
          ...problems('bad_request', 'not_found'),
        },
      },
    },
    '/api/v1/organizations/{code}': {
      get: {
        operationId: 'getOrganization',
        summary: 'One organization of the token user’s scope (404 otherwise)',
        parameters: [pathCode('the organization code, e.g. P31')],
        responses: {
          '200': { description: 'the organization', content: json('Organization') },
          ...problems('not_found'),
        },
      },
    },
    '/api/v1/figures': {
      get: {
        operationId: 'getFigures',
        summary: 'The dashboard’s figures for a scope and an as-of day (asOf: YYYY-MM-DD)',
        parameters: queryParameters(ApiFigureParams),
        responses: {
          '200': { description: 'the figures', content: json('Figures') },
          ...problems('bad_request', 'not_found'),
        },
      },
    },
    '/api/v1/tasks/{code}/documents': {
      get: {
        operationId: 'listTaskDocuments',
        summary: 'The documents of a task, as its page lists them, newest first',
        parameters: [pathCode('the task code, e.g. NV-HP-01')],
        responses: {
          '200': { description: 'the task’s documents (metadata)', content: json('DocumentList') },
          ...problems('not_found'),
        },
      },
    },
    '/api/v1/documents/{id}': {
      get: {
        operationId: 'getDocument',
        summary: 'A document’s file, streamed as an attachment (404 when its record is out of reach)',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'the document id',
            schema: { type: 'string', format: 'uuid' },
          },
        ],
        responses: {
          '200': {
            description: 'the file as stored (Content-Disposition: attachment), checked against its SHA-256',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          ...problems('not_found'),
        },
      },
    },
  };
}
