import { rateLimitHeaders, type RateBucket } from '../rate-limit.js';
import type { RequestContext, RouteModule, RouteResponse } from '../types.js';

function resource(bucket: RateBucket) {
  const headers = rateLimitHeaders(bucket);
  return {
    limit: bucket.limit,
    used: bucket.used,
    remaining: Number(headers['x-ratelimit-remaining']),
    reset: bucket.resetAt,
  };
}

/** GET /rate_limit answers the caller's buckets and, as on GitHub, costs nothing. */
async function getRateLimit(ctx: RequestContext): Promise<RouteResponse> {
  const core = resource(ctx.state.limits.bucket(ctx.actor.login));
  const fresh = (limit: number) => ({ limit, used: 0, remaining: limit, reset: core.reset });
  const body = {
    resources: {
      core,
      search: fresh(30),
      graphql: fresh(5000),
      integration_manifest: fresh(5000),
      code_search: fresh(10),
    },
    rate: core,
  };
  return { status: 200, body };
}

export const rateLimitRoutes: RouteModule = () => [
  {
    method: 'GET',
    path: '/rate_limit',
    operationId: 'rate-limit/get',
    permission: null,
    uncounted: true,
    handler: getRateLimit,
  },
];
