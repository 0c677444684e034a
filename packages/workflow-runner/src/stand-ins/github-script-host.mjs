// Runs an actions/github-script `script` as the action does: an async function with github
// (Octokit with the REST methods and pagination), context, core, require and fetch; `result`
// is its return value, JSON-encoded unless result-encoding is string.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as core from '@actions/core';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';

const env = process.env;
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest);
const github = new GitHub({ auth: core.getInput('github-token'), baseUrl: env.GITHUB_API_URL });
const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
const context = {
  payload,
  eventName: env.GITHUB_EVENT_NAME,
  sha: env.GITHUB_SHA,
  ref: env.GITHUB_REF,
  workflow: env.GITHUB_WORKFLOW,
  action: env.GITHUB_ACTION,
  actor: env.GITHUB_ACTOR,
  job: env.GITHUB_JOB,
  runNumber: Number(env.GITHUB_RUN_NUMBER),
  runId: Number(env.GITHUB_RUN_ID),
  runAttempt: Number(env.GITHUB_RUN_ATTEMPT),
  apiUrl: env.GITHUB_API_URL,
  serverUrl: env.GITHUB_SERVER_URL,
  graphqlUrl: env.GITHUB_GRAPHQL_URL,
  repo: { owner, repo },
  issue: {
    owner,
    repo,
    number: payload.issue?.number ?? payload.pull_request?.number ?? payload.number,
  },
};
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
const script = core.getInput('script', { required: true });
const run = new AsyncFunction('require', 'github', 'octokit', 'context', 'core', 'fetch', script);
try {
  const result = await run(
    createRequire(`${process.cwd()}/`),
    github,
    github,
    context,
    core,
    fetch,
  );
  const encoding = core.getInput('result-encoding') || 'json';
  core.setOutput(
    'result',
    encoding === 'string' ? String(result ?? '') : (JSON.stringify(result) ?? ''),
  );
} catch (error) {
  core.setFailed(`Unhandled error: ${error}`);
}
