import type { RouteModule } from '../types.js';
import actionsRoutes from './actions.js';
import actionsControlRoutes from './control-actions.js';
import environmentsControlRoutes from './control-environments.js';
import issuesControlRoutes from './control-issues.js';
import releasesControlRoutes from './control-releases.js';
import { controlRoutes } from './control.js';
import deploymentRoutes from './deployments.js';
import environmentRoutes from './environments.js';
import environmentSettingsRoutes from './environment-settings.js';
import { gitDataRoutes } from './git-data.js';
import issuesRoutes from './issues.js';
import peopleRoutes from './people.js';
import pullsRoutes from './pulls.js';
import { rateLimitRoutes } from './rate-limit.js';
import releaseRoutes from './releases.js';
import { repoRoutes } from './repos.js';
import { statusRoutes } from './statuses.js';
import workflowRunsRoutes from './workflow-runs.js';

/** Every route module of the emulator; server.ts builds the routes from this list. */
export const ROUTE_MODULES: RouteModule[] = [
  // helper E1: repository, contents, compare, Git Data, statuses, rate limit, generic control API
  repoRoutes,
  gitDataRoutes,
  statusRoutes,
  rateLimitRoutes,
  controlRoutes,
  // helper E2: issues, pulls, people, Actions, environments, deployments, releases (+ their control routes)
  issuesRoutes,
  issuesControlRoutes,
  pullsRoutes,
  peopleRoutes,
  actionsRoutes,
  actionsControlRoutes,
  workflowRunsRoutes,
  environmentRoutes,
  environmentSettingsRoutes,
  environmentsControlRoutes,
  deploymentRoutes,
  releaseRoutes,
  releasesControlRoutes,
];
