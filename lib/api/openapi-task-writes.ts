import { API_TASK_ACTIONS, TASK_ACTION_BODIES, TaskCreateBody } from '@/lib/validations/api-task-writes';
import { bare, codeParameter, etagHeader, ifMatchParameter, inputSchema, problems } from './openapi';

/**
 * The task writes of /api/v1 in the OpenAPI document: POST /api/v1/tasks and one path per
 * workflow action, each with its own body (from lib/validations/api-task-writes.ts). Functions,
 * called while the document is built (this module and openapi.ts import each other).
 */
type JsonSchema = Record<string, unknown>;

const schemaName = (action: string) => `Task${action[0].toUpperCase()}${action.slice(1)}Body`;

export function schemas(): Record<string, JsonSchema> {
  return {
    TaskCreate: bare(inputSchema(TaskCreateBody)),
    ...Object.fromEntries(
      API_TASK_ACTIONS.map((action) => [schemaName(action), bare(inputSchema(TASK_ACTION_BODIES[action]))]),
    ),
  };
}

const taskAnswer = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Task' } } },
});

/** POST /api/v1/tasks (beside the list's GET). */
export function createOperation(): JsonSchema {
  return {
    operationId: 'createTask',
    summary:
      'A new task, as the /tasks/new form makes it (read-write token; coordinators, for a unit of their scope)',
    requestBody: {
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/TaskCreate' } } },
    },
    responses: {
      '201': {
        ...taskAnswer('the task made; `Location` is its address'),
        headers: { ...etagHeader, Location: { schema: { type: 'string' } } },
      },
      ...problems('read_only', 'forbidden', 'unsupported_media_type', 'bad_request', 'invalid'),
    },
  };
}

const WHAT: Record<(typeof API_TASK_ACTIONS)[number], string> = {
  start: 'Start the work (officials of the assignee): not_started → in_progress',
  report: 'Report the task complete (officials of the assignee): → awaiting_confirmation',
  confirm: 'Confirm a reported completion (coordinators in scope): awaiting_confirmation → completed',
  return: 'Return a reported completion, saying why (coordinators in scope): → in_progress',
  extend: 'Extend the deadline before completion (coordinators in scope)',
  cancel: 'Cancel an open task, saying why (coordinators in scope): → cancelled',
  reopen: 'Reopen a cancelled or completed task, saying why (coordinators in scope): → in_progress',
};

/** One path per workflow action: POST /api/v1/tasks/{code}/actions/{action}. */
export function paths(): Record<string, JsonSchema> {
  return Object.fromEntries(
    API_TASK_ACTIONS.map((action) => [
      `/api/v1/tasks/{code}/actions/${action}`,
      {
        post: {
          operationId: `${action}Task`,
          summary: `${WHAT[action]}; read-write token, If-Match: the version read`,
          parameters: [codeParameter, ifMatchParameter('task')],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: `#/components/schemas/${schemaName(action)}` } },
            },
          },
          responses: {
            '200': taskAnswer('the task as it is now'),
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
          },
        },
      },
    ]),
  );
}
