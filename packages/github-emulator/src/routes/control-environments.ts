import { HttpError, type RequestContext, type RouteModule, type RouteResponse } from '../http.js';
import { asRecord, controlRoute, ok } from './areas-util.js';
import { environmentJson, putEnvironment, type EnvironmentSpec } from './environments.js';

/** Control API: create or replace an environment and its protection rules. */

export const environmentsControlRoutes: RouteModule = () => [
  controlRoute('PUT', '/_emulator/environments/{environment_name}', putHandler),
];
export default environmentsControlRoutes;

function putHandler(ctx: RequestContext): RouteResponse {
  const body = asRecord(ctx.body);
  const spec: EnvironmentSpec = {};
  if (body.reviewers !== undefined) {
    if (!Array.isArray(body.reviewers)) throw bad('reviewers', body.reviewers);
    spec.reviewers = body.reviewers as EnvironmentSpec['reviewers'];
  }
  if (body.wait_timer !== undefined) {
    if (!Number.isInteger(body.wait_timer)) throw bad('wait_timer', body.wait_timer);
    spec.wait_timer = body.wait_timer as number;
  }
  if (typeof body.prevent_self_review === 'boolean')
    spec.prevent_self_review = body.prevent_self_review;
  if (body.branch_policies !== undefined) {
    if (body.branch_policies !== null && !Array.isArray(body.branch_policies)) {
      throw bad('branch_policies', body.branch_policies);
    }
    spec.branch_policies = body.branch_policies as EnvironmentSpec['branch_policies'];
  }
  const env = putEnvironment(ctx.state, ctx.params.environment_name ?? '', spec);
  return ok(environmentJson(ctx, env));
}

function bad(field: string, value: unknown): HttpError {
  return new HttpError(
    422,
    `Invalid ${field}: ${JSON.stringify(value)}; see the emulator contract`,
  );
}
