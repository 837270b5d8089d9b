import {
  AnswerBody,
  ApiRecommendationListParams,
  RecommendationCreateBody,
} from '@/lib/validations/api-recommendations';
import {
  bare,
  ifMatchParameter,
  ifNoneMatchParameter,
  inputSchema,
  outputSchema,
  problems,
  queryParameters,
} from './openapi';
import { RecommendationList, RecommendationResource } from './recommendations';

/**
 * The recommendations of /api/v1 in the OpenAPI document (requests from
 * lib/validations/api-recommendations.ts, answers from lib/api/recommendations.ts). Functions,
 * called while the document is built (this module and openapi.ts import each other).
 */
type JsonSchema = Record<string, unknown>;

export function schemas(): Record<string, JsonSchema> {
  return {
    RecommendationList: bare(outputSchema(RecommendationList)),
    Recommendation: bare(outputSchema(RecommendationResource)),
    RecommendationCreate: bare(inputSchema(RecommendationCreateBody)),
    RecommendationAnswer: bare(inputSchema(AnswerBody)),
  };
}

const codeParameter = {
  name: 'code',
  in: 'path',
  required: true,
  description: 'the recommendation code, e.g. KN-HP-03',
  schema: { type: 'string' },
};
const etagHeader = {
  ETag: {
    description: 'the recommendation version and a digest of the body, e.g. "3-0123456789abcdef"',
    schema: { type: 'string' },
  },
};
const recommendation = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Recommendation' } } },
});
const WRITE_PROBLEMS = [
  'bad_request',
  'read_only',
  'forbidden',
  'not_found',
  'not_allowed',
  'precondition_failed',
  'precondition_required',
] as const;

export function paths(): Record<string, JsonSchema> {
  return {
    '/api/v1/recommendations': {
      get: {
        operationId: 'listRecommendations',
        summary: 'Recommendations the token’s user may read, with the filters of the recommendations page',
        parameters: queryParameters(ApiRecommendationListParams),
        responses: {
          '200': {
            description: 'a page of recommendations; `Link: <…>; rel="next"` when there are more',
            headers: { Link: { schema: { type: 'string' } } },
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/RecommendationList' } },
            },
          },
          ...problems('bad_request'),
        },
      },
      post: {
        operationId: 'createRecommendation',
        summary:
          'A draft, as the /recommendations/new form makes it (read-write token; officials and coordinators, from a unit within their reach)',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/RecommendationCreate' } },
          },
        },
        responses: {
          '201': {
            ...recommendation('the draft made; `Location` is its address'),
            headers: { ...etagHeader, Location: { schema: { type: 'string' } } },
          },
          ...problems('read_only', 'forbidden', 'unsupported_media_type', 'bad_request', 'invalid'),
        },
      },
    },
    '/api/v1/recommendations/{code}': {
      get: {
        operationId: 'getRecommendation',
        summary:
          'One recommendation with each addressee’s answer (404 when the token’s user may not read it)',
        parameters: [codeParameter, ifNoneMatchParameter],
        responses: {
          '200': recommendation('the recommendation'),
          '304': { description: 'If-None-Match names the current ETag' },
          ...problems('not_found'),
        },
      },
    },
    '/api/v1/recommendations/{code}/answers': {
      post: {
        operationId: 'answerRecommendation',
        summary:
          'An addressee’s answer moves on (read-write token; a unit within the user’s reach); If-Match: the version read',
        parameters: [codeParameter, ifMatchParameter('recommendation')],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/RecommendationAnswer' } },
          },
        },
        responses: {
          '200': recommendation('the recommendation as it is now, the answer in `addressees`'),
          ...problems(...WRITE_PROBLEMS, 'unsupported_media_type', 'invalid'),
        },
      },
    },
    '/api/v1/recommendations/{code}/actions/submit': {
      post: {
        operationId: 'submitRecommendation',
        summary:
          'A draft goes to its addressees (read-write token; the source side, or the review’s coordinating office); If-Match: the version read; no body',
        parameters: [codeParameter, ifMatchParameter('recommendation')],
        responses: {
          '200': recommendation('the recommendation as it is now'),
          ...problems(...WRITE_PROBLEMS, 'invalid'),
        },
      },
    },
  };
}
