import type { ApolloServerPlugin } from '@apollo/server';
import { counter, histogram } from '@hyeopchi/observability';
import type { GraphQLFormattedError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathOf } from './request-path';

const graphqlRequests = counter({
  name: 'hyeopchi_graphql_requests_total',
  help: 'GraphQL operations over HTTP, by operation type (query, mutation, unknown when unparsable) and outcome (ok, refused: the caller’s error, failed: the server’s).',
  labelNames: ['operation_type', 'outcome'],
});

const httpDurations = histogram({
  name: 'hyeopchi_http_request_duration_seconds',
  help: "Time from a request's arrival to its response's last byte, by route (the gateway's own paths, else other), method and status.",
  labelNames: ['route', 'method', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** The gateway's own paths; anything else (the web app's files and routes, targets that are no URL) is `other`. */
const ROUTES = new Set(['/graphql', '/health', '/health/live', '/health/ready', '/metrics']);
const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS']);

// Apollo's code for what no resolver anticipated (masked in production): the server's failure, not the caller's.
const SERVER_FAILURE = 'INTERNAL_SERVER_ERROR';

/**
 * Times every request the HTTP server receives, answered by Express or ahead of it. Labels are bounded: the
 * path and method as sent are reduced to known values.
 */
export function timeHttpRequest(request: IncomingMessage, response: ServerResponse): void {
  const stop = httpDurations.startTimer();
  // read on arrival: Express rewrites the URL of a request as it passes its routers
  const path = pathOf(request)?.replace(/\/$/, '');
  const method = request.method ?? 'OTHER';
  const route = path !== undefined && ROUTES.has(path) ? path : 'other';
  response.once('finish', () =>
    stop({ route, method: METHODS.has(method) ? method : 'OTHER', status: String(response.statusCode) }),
  );
}

/** A query answered from the kept answers, without Apollo: it succeeded. */
export function countKeptAnswer(): void {
  graphqlRequests.inc({ operation_type: 'query', outcome: 'ok' });
}

/** Counts every operation Apollo answers, by its type and whether it had errors, and whose. */
export function graphqlMetricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          graphqlRequests.inc({
            operation_type: operation?.operation ?? 'unknown',
            outcome: outcomeOf(errors),
          });
        },
      };
    },
  };
}

function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): 'ok' | 'refused' | 'failed' {
  if (!errors || errors.length === 0) return 'ok';
  const failed = errors.some((error) => (error.extensions?.code ?? SERVER_FAILURE) === SERVER_FAILURE);
  return failed ? 'failed' : 'refused';
}
