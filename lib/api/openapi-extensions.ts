import {
  EXTENSION_DECISION_BODIES,
  EXTENSION_DECISIONS,
  type ExtensionDecision,
  ExtensionRequestBody,
  SupportPartBody,
} from '@/lib/validations/api-extensions';
import { ExtensionRequestList, ExtensionRequestResource } from './extension-request-resource';
import {
  bare,
  codeParameter,
  ifMatchParameter,
  ifNoneMatchParameter,
  inputSchema,
  outputSchema,
  problems,
} from './openapi';
import { SupportPartList, SupportPartResource } from './support-part-resource';

/**
 * A task's extension requests and its supporting units' parts in the OpenAPI document (the
 * task page's other workflow). Functions, called while the document is built (this module and
 * openapi.ts import each other).
 */
type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const decisionBody = (decision: ExtensionDecision) =>
  `ExtensionRequest${decision[0].toUpperCase()}${decision.slice(1)}Body`;

export function schemas(): Record<string, JsonSchema> {
  return {
    ExtensionRequest: bare(outputSchema(ExtensionRequestResource)),
    ExtensionRequestList: bare(outputSchema(ExtensionRequestList)),
    ExtensionRequestCreate: bare(inputSchema(ExtensionRequestBody)),
    ...Object.fromEntries(
      EXTENSION_DECISIONS.map((d) => [decisionBody(d), bare(inputSchema(EXTENSION_DECISION_BODIES[d]))]),
    ),
    SupportPart: bare(outputSchema(SupportPartResource)),
    SupportPartList: bare(outputSchema(SupportPartList)),
    SupportPartPatch: bare(inputSchema(SupportPartBody)),
  };
}

const etag = (what: string) => ({
  ETag: { description: `the ${what}'s version and a digest of the body`, schema: { type: 'string' } },
});
const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'the extension request’s id',
  schema: { type: 'integer' },
};
const unitParameter = {
  name: 'unit',
  in: 'path',
  required: true,
  description: 'the supporting unit’s code, e.g. HP-MTTQ',
  schema: { type: 'string' },
};

const WHAT: Record<ExtensionDecision, string> = {
  grant:
    'Grant a pending request (coordinators who may extend the task): the task’s deadline becomes the requested day, by the task’s own `extend`',
  refuse: 'Refuse a pending request, saying why (coordinators who may extend the task); the unit is told',
  withdraw: 'Take back one’s own pending request (its requester)',
};

/** 409 (`not_allowed`): what the workflow does not take now; `detail` says which rule. */
const WORKFLOW_409 =
  'not_allowed: the task is completed or cancelled, a request is already pending, the request was already decided, or (grant) the requested day is no longer later than the due date';

export function paths(): Record<string, JsonSchema> {
  const requests = '/api/v1/tasks/{code}/extension-requests';
  return {
    [requests]: {
      get: {
        operationId: 'listExtensionRequests',
        summary: 'A task’s extension requests, newest first (404 when the task is out of reach)',
        parameters: [codeParameter],
        responses: {
          '200': { description: 'the requests', content: json('ExtensionRequestList') },
          ...problems('not_found'),
        },
      },
      post: {
        operationId: 'requestExtension',
        summary:
          'Ask for a later deadline (read-write token; officials of the assignee, on an open task with no request pending)',
        parameters: [codeParameter],
        requestBody: { required: true, content: json('ExtensionRequestCreate') },
        responses: {
          '201': {
            description: 'the request made; `Location` is its address',
            headers: { ...etag('request'), Location: { schema: { type: 'string' } } },
            content: json('ExtensionRequest'),
          },
          ...problems(
            'read_only',
            'forbidden',
            'not_found',
            'not_allowed',
            'unsupported_media_type',
            'bad_request',
            'invalid',
          ),
          '409': { description: WORKFLOW_409, content: problems('not_allowed')['409'].content },
          '422': {
            description:
              'invalid: a field of the body, or `requestedDueOn` not later than the due date or in the past',
            content: problems('invalid')['422'].content,
          },
        },
      },
    },
    [`${requests}/{id}`]: {
      get: {
        operationId: 'getExtensionRequest',
        summary: 'One extension request of a task (404 when out of reach)',
        parameters: [codeParameter, idParameter, ifNoneMatchParameter],
        responses: {
          '200': { description: 'the request', headers: etag('request'), content: json('ExtensionRequest') },
          '304': { description: 'If-None-Match names the current ETag' },
          ...problems('not_found'),
        },
      },
    },
    ...Object.fromEntries(
      EXTENSION_DECISIONS.map((decision) => [
        `${requests}/{id}/actions/${decision}`,
        {
          post: {
            operationId: `${decision}ExtensionRequest`,
            summary: `${WHAT[decision]}; read-write token, If-Match: the request’s version read`,
            parameters: [codeParameter, idParameter, ifMatchParameter('extension request')],
            requestBody: { required: true, content: json(decisionBody(decision)) },
            responses: {
              '200': {
                description: 'the request as it is now',
                headers: etag('request'),
                content: json('ExtensionRequest'),
              },
              ...problems(
                'bad_request',
                'read_only',
                'forbidden',
                'not_found',
                'not_allowed',
                'precondition_failed',
                'unsupported_media_type',
                'invalid',
                'precondition_required',
              ),
              '409': { description: WORKFLOW_409, content: problems('not_allowed')['409'].content },
            },
          },
        },
      ]),
    ),
    '/api/v1/tasks/{code}/parts': {
      get: {
        operationId: 'listSupportParts',
        summary: 'The supporting units’ parts of a task (404 when the task is out of reach)',
        parameters: [codeParameter],
        responses: {
          '200': { description: 'the parts', content: json('SupportPartList') },
          ...problems('not_found'),
        },
      },
    },
    '/api/v1/tasks/{code}/parts/{unit}': {
      get: {
        operationId: 'getSupportPart',
        summary: 'One supporting unit’s part of a task (404 when out of reach or not a supporting unit)',
        parameters: [codeParameter, unitParameter, ifNoneMatchParameter],
        responses: {
          '200': { description: 'the part', headers: etag('part'), content: json('SupportPart') },
          '304': { description: 'If-None-Match names the current ETag' },
          ...problems('not_found'),
        },
      },
      patch: {
        operationId: 'updateSupportPart',
        summary:
          'A supporting unit’s part, as the task page’s part form (read-write token; officials of that unit, while the task is open); If-Match: the part’s version read',
        parameters: [codeParameter, unitParameter, ifMatchParameter('part')],
        requestBody: { required: true, content: json('SupportPartPatch') },
        responses: {
          '200': {
            description: 'the part as it is now',
            headers: etag('part'),
            content: json('SupportPart'),
          },
          ...problems(
            'bad_request',
            'read_only',
            'forbidden',
            'not_found',
            'not_allowed',
            'precondition_failed',
            'unsupported_media_type',
            'invalid',
            'precondition_required',
          ),
          '409': {
            description: 'not_allowed: the task is completed or cancelled',
            content: problems('not_allowed')['409'].content,
          },
        },
      },
    },
  };
}
