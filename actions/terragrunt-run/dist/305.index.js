export const id = 305;
export const ids = [305];
export const modules = {

/***/ 1305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  stickyCommentPort: () => (/* reexport */ stickyCommentPort)
});

// UNUSED EXPORTS: COMPARE_FILE_LIMIT, ConditionalGetCache, DEFAULT_API_URL, GitHubPortError, INSTALLATION_LOGIN, approvalPort, commitStatusPort, deploymentPort, deploymentRecordPort, environmentSettingsPort, findStickyComment, gitDataPort, orUndefinedOn404, parseRepo, parseRetryAfter, permissionHint, portCall, portError, pullRequestPort, rateLimitDecision, repoFromEnv, resolveBaseUrl, serverErrorBackoffSeconds, statusOf, toCommitStatus, toComparison, toDeploymentRecord, toEnvironment, toGateIssue, toIssueComment, toPermission, toRunApproval

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 11 modules
var dist_src = __webpack_require__(2012);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/github/src/policy.ts
/** Pure retry and rate-limit decisions; the client only executes what these return. */
/** GitHub's fallback when a secondary limit comes without retry-after. */
const SECONDARY_FALLBACK_SECONDS = 60;
/**
 * Retry-After as seconds: delta-seconds or an HTTP date (relative to `now`); undefined when
 * absent or unreadable.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (typeof value !== 'string' && typeof value !== 'number')
        return undefined;
    const text = String(value).trim();
    if (/^\d+$/.test(text))
        return Number(text);
    const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, Math.ceil((date - now) / 1000));
}
/**
 * Seconds before retrying a 5xx or network failure: the server's Retry-After when it sent one
 * (capped by the policy), else the retry plugin's own backoff (1, 4, 9 ... seconds).
 */
function serverErrorBackoffSeconds(retryAfterHeader, fallbackSeconds, policy) {
    const told = parseRetryAfter(retryAfterHeader);
    return told === undefined ? fallbackSeconds : Math.min(told, policy.maxWaitSeconds);
}
/** Whether to wait out a rate limit, and what to tell the user either way. */
function rateLimitDecision(kind, waitSeconds, retryCount, policy, request) {
    const what = kind === 'primary'
        ? `GitHub API rate limit exhausted (${request})`
        : `GitHub secondary rate limit hit (${request})`;
    if (retryCount >= policy.maxRetries) {
        return { retry: false, message: `${what}; giving up after ${retryCount} retries` };
    }
    if (waitSeconds > policy.maxWaitSeconds) {
        const until = kind === 'primary' ? 'the reset' : 'retry-after';
        return {
            retry: false,
            message: `${what}; ${until} is ${waitSeconds} s away, beyond the ${policy.maxWaitSeconds} s ` +
                'this client waits (maxRateLimitWaitSeconds)',
        };
    }
    const reason = kind === 'primary' ? 'for the reset' : 'as asked';
    return {
        retry: true,
        waitSeconds,
        message: `${what}; waiting ${waitSeconds} s ${reason} (retry ${retryCount + 1} of ${policy.maxRetries})`,
    };
}

;// CONCATENATED MODULE: ./packages/github/src/client.ts





const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Statuses that a retry cannot fix; 403/429 rate limits belong to the throttling plugin. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
const FleetOctokit = dist_src/* Octokit */.E.plugin(plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* paginateRest */.ud);
/** The API root: explicit value, else GITHUB_API_URL, else github.com; no trailing slash. */
function resolveBaseUrl(explicit, env = process.env) {
    const raw = explicit || env.GITHUB_API_URL || DEFAULT_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new Error(`GitHub API URL "${raw}" is not a URL; use e.g. https://ghe.example.com/api/v3`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`GitHub API URL "${raw}" must use http or https`);
    }
    return raw.replace(/\/+$/, '');
}
/**
 * An Octokit with bounded retries of 5xx/network failures (honouring retry-after), rate-limit
 * handling (primary: wait for the reset; secondary: wait retry-after or 60 s; both bounded) and
 * pagination.
 */
function createGitHubClient(options) {
    if (!options.token)
        throw new Error('a GitHub token is required; pass the `token` input');
    const log = options.log ?? consoleLog;
    const unitMs = options.waitUnitMs ?? 1000;
    const policy = {
        maxRetries: options.maxRetries ?? 3,
        maxWaitSeconds: options.maxRateLimitWaitSeconds ?? 3600,
    };
    const gate = spacingGate(options.writeIntervalMs ?? 0);
    const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const client = new FleetOctokit({
        auth: options.token,
        baseUrl: resolveBaseUrl(options.baseUrl),
        userAgent: options.userAgent ?? 'infra-fleet',
        log: octokitLog(log),
        request: { fetch: fetchWithTimeout(options.request?.fetch, timeoutMs) },
        retry: { retries: policy.maxRetries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: unitMs },
        throttle: {
            retryAfterBaseValue: unitMs,
            write: gate,
            notifications: gate,
            onRateLimit: limitHandler('primary', policy, log),
            onSecondaryRateLimit: limitHandler('secondary', policy, log),
        },
    });
    honourRetryAfterOnServerErrors(client, policy, log);
    neverRepeatCreations(client);
    return client;
}
/**
 * Whether a request may be sent again when its answer was lost (a timeout, a reset, a 5xx):
 * GitHub may have applied it. Reads, PUT, PATCH and DELETE set a state, so a repeat changes
 * nothing more; git objects are content-addressed; a repeated ref creation is refused as
 * existing, and a repeated non-forced ref move is refused or recognised by its caller, which
 * looks for its commit in the branch. Any other POST could create a second issue or comment.
 */
function repeatableAfterLoss(method, url) {
    if (method.toUpperCase() !== 'POST')
        return true;
    const path = url.split('?')[0] ?? '';
    return /\/git\/(?:blobs|trees|commits|refs)$/.test(path);
}
/** A POST that repeats could duplicate is sent once; its caller decides what a loss means. */
function neverRepeatCreations(client) {
    client.hook.before('request', (options) => {
        if (repeatableAfterLoss(options.method, options.url))
            return;
        options.request = { ...options.request, retries: 0 };
    });
}
/**
 * fetch with a deadline for the whole exchange: a request that never answers fails like a
 * network failure (retried when repeatable) instead of holding the step until the job timeout.
 */
function fetchWithTimeout(custom, timeoutMs) {
    return async (input, init = {}) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        try {
            return await (custom ?? globalThis.fetch)(input, { ...init, signal });
        }
        catch (error) {
            if (!deadline.aborted)
                throw error;
            throw new Error(`no answer within ${timeoutMs} ms (requestTimeoutMs)`, { cause: error });
        }
    };
}
function limitHandler(kind, policy, log) {
    return (retryAfter, request, _octokit, retryCount) => {
        const decision = rateLimitDecision(kind, retryAfter, retryCount, policy, `${request.method} ${request.url}`);
        log.warning(decision.message);
        return decision.retry;
    };
}
/** plugin-retry backs off quadratically; when the server says how long to wait, wait that. */
function honourRetryAfterOnServerErrors(client, policy, log) {
    const original = client.retry.retryRequest;
    client.retry.retryRequest = (error, retries, backoff) => {
        const seconds = serverErrorBackoffSeconds(error.response?.headers['retry-after'], backoff, policy);
        log.debug?.(`${error.request.method} ${error.request.url} failed with ${error.status}; retry in ${seconds} s`);
        return original(error, retries, seconds);
    };
}
/** Stands in for plugin-throttling's process-wide write groups: spacing per client, not 1-3 s. */
function spacingGate(intervalMs) {
    let nextStart = 0;
    const limiter = {
        async schedule(...args) {
            const [task, ...rest] = typeof args[0] === 'function' ? args : args.slice(1);
            const start = Math.max(Date.now(), nextStart);
            nextStart = start + intervalMs;
            const wait = start - Date.now();
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
            return task(...rest);
        },
    };
    return { key: () => limiter };
}
const consoleLog = {
    warning: (message) => console.warn(message),
    info: () => undefined,
};
function octokitLog(log) {
    return {
        debug: (message) => log.debug?.(message),
        info: (message) => log.info(message),
        warn: (message) => log.warning(message),
        error: (message) => log.warning(message),
    };
}

;// CONCATENATED MODULE: ./packages/github/src/approval-port.ts




const ROLES = (/* unused pure expression or super */ null && (['admin', 'maintain', 'write', 'triage', 'read', 'none']));
const INSTALLATION_LOGIN = 'github-actions[bot]';
const ISSUES = '/repos/{owner}/{repo}/issues';
const DEPLOYMENTS = '/repos/{owner}/{repo}/deployments';
function str(value) {
    return typeof value === 'string' ? value : '';
}
function loginOf(value) {
    const login = value?.login;
    return typeof login === 'string' && login !== '' ? login : undefined;
}
function array(value) {
    return Array.isArray(value) ? value : [];
}
async function unlessStatus(statuses, fallback, read) {
    try {
        return await read();
    }
    catch (error) {
        if (statuses.includes(statusOf(error) ?? 0))
            return fallback;
        throw error;
    }
}
function toIssueComment(data) {
    const user = (data.user ?? {});
    return {
        id: Number(data.id),
        body: str(data.body),
        login: str(user.login),
        userType: str(user.type) || 'User',
        createdAt: str(data.created_at),
        updatedAt: str(data.updated_at),
        htmlUrl: str(data.html_url),
    };
}
/** A team reviewer belongs to the repository's organization (its html_url names it too). */
function toReviewer(entry, owner) {
    const reviewer = (entry.reviewer ?? {});
    if (entry.type !== 'Team')
        return { type: 'User', name: str(reviewer.login) };
    const org = /\/orgs\/([^/]+)\/teams\//.exec(str(reviewer.html_url))?.[1] ?? owner;
    return { type: 'Team', name: `${org}/${str(reviewer.slug)}` };
}
/** An environment's protection rules: required reviewers, self-review, wait timer. */
function toEnvironment(data, owner) {
    const rules = array(data.protection_rules);
    const reviewerRule = rules.find((rule) => rule.type === 'required_reviewers');
    const timer = rules.find((rule) => rule.type === 'wait_timer');
    return {
        name: str(data.name),
        htmlUrl: str(data.html_url) || undefined,
        requiredReviewers: array(reviewerRule?.reviewers).map((entry) => toReviewer(entry, owner)),
        preventSelfReview: reviewerRule?.prevent_self_review === true,
        waitTimerMinutes: Number(timer?.wait_timer ?? 0),
    };
}
function toRunApproval(data) {
    return {
        login: loginOf(data.user) ?? '',
        state: data.state === 'approved' || data.state === 'rejected' ? data.state : 'pending',
        comment: str(data.comment),
        environments: array(data.environments).map((environment) => str(environment.name)),
    };
}
/** role_name holds maintain/triage (permission folds them into write/read); custom roles fall back. */
function toPermission(data) {
    const role = ROLES.find((level) => level === data.role_name);
    return role ?? ROLES.find((level) => level === data.permission) ?? 'none';
}
function teamReadError(org, slug, login, error) {
    if (statusOf(error) !== 403)
        return error;
    return new GitHubPortError(`Could not read whether ${login} is a member of team ${org}/${slug}: HTTP 403.`, {
        status: 403,
        hint: 'team approvers need a token that can read the organization (a GitHub App with members: read, or a token with read:org); GITHUB_TOKEN cannot',
        cause: error,
    });
}
const positive = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
/** The answer to opening an issue; without a numeric number it is unreadable, never `#NaN`. */
function toGateIssue(data, what = 'opening the approval issue') {
    const issue = (data ?? {});
    const createdAt = str(issue.created_at);
    if (!positive(issue.number) || !str(issue.html_url) || Number.isNaN(Date.parse(createdAt))) {
        throw unreadableAnswer(what, data);
    }
    return {
        number: issue.number,
        htmlUrl: str(issue.html_url),
        createdAt,
        author: loginOf(issue.user) ?? '',
    };
}
function checkedComment(data, what) {
    if (!positive(data?.id))
        throw unreadableAnswer(what, data);
    return toIssueComment(data);
}
/** JSON text with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}
/**
 * What a create of this port may have made before its answer was lost, found again: only
 * things written by the token's account (a Bot, as installation tokens write, or its login).
 */
function recovery(client, repo, tokenLogin) {
    const call = portCall(client, repo);
    const own = async (user) => user?.type === 'Bot' || loginOf(user) === (await tokenLogin());
    const ownWhere = async (items, user, keep) => {
        const found = [];
        for (const item of items)
            if (keep(item) && (await own(item[user])))
                found.push(item);
        return found;
    };
    return {
        /** Open issues of the token's account whose body starts with `prefix`, oldest first. */
        async openIssuesMarked(prefix) {
            const params = { state: 'open', sort: 'created', direction: 'desc', per_page: 100 };
            const recent = array(await call('list', 'recent issues', `GET ${ISSUES}`, params));
            const marked = (issue) => !issue.pull_request && str(issue.body).startsWith(prefix);
            const issues = (await ownWhere(recent, 'user', marked)).map((issue) => ({
                ...toGateIssue(issue, 'listing issues'),
                body: str(issue.body),
            }));
            return issues.sort((a, b) => a.number - b.number);
        },
        async commentWithBody(number, body) {
            const route = `GET ${ISSUES}/{issue_number}/comments`;
            const params = { ...repo, issue_number: number, per_page: 100 };
            const comments = array(await client.paginate(route, params).catch((error) => {
                throw portError('list the comments of', `issue #${number}`, error);
            }));
            const same = await ownWhere(comments, 'user', (comment) => comment.body === body);
            return same.length > 0 ? checkedComment(same.at(-1), 'listing comments') : undefined;
        },
        async deploymentWithPayload(environment, payload) {
            const params = { environment, per_page: 100 };
            const list = array(await call('list', 'deployments', `GET ${DEPLOYMENTS}`, params));
            const same = (item) => canonical(item.payload) === canonical(payload);
            const [found] = await ownWhere(list, 'creator', same);
            return found && positive(found.id) ? { id: found.id } : undefined;
        },
    };
}
function teamPort(members) {
    return {
        async teamMembership(org, slug, login) {
            const route = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
            try {
                const response = await members.request(route, { org, team_slug: slug, username: login });
                return response.data.state === 'active' ? 'active' : 'pending';
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return 'none';
                throw teamReadError(org, slug, login, error);
            }
        },
        async teamVisible(org, slug) {
            try {
                await members.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
                return true;
            }
            catch (error) {
                if ([403, 404].includes(statusOf(error) ?? 0))
                    return false;
                throw portError('read team', `${org}/${slug}`, error);
            }
        },
    };
}
/** The ApprovalPort over a client made by createGitHubClient. */
function approvalPort(client, repo, options = {}) {
    const call = portCall(client, repo);
    const cache = new ConditionalGetCache(client);
    const read = async (action, what, route, params = {}) => (await call(action, what, route, params));
    let login;
    const tokenLogin = () => (login ??= unlessStatus([401, 403, 404], INSTALLATION_LOGIN, async () => {
        const user = (await client.request('GET /user')).data;
        return loginOf(user) ?? INSTALLATION_LOGIN;
    }));
    const find = recovery(client, repo, tokenLogin);
    const once = (send, found) => createOnce(send, found, options.resend);
    const createComment = (number, body) => {
        const what = `the comment on issue #${number}`;
        const route = `POST ${ISSUES}/{issue_number}/comments`;
        const send = async () => checkedComment(await call('post', what, route, { issue_number: number, body, ...NO_RETRY }), what);
        return once(send, () => find.commentWithBody(number, body));
    };
    return {
        getEnvironment: (name) => unlessStatus([404], undefined, async () => {
            const route = 'GET /repos/{owner}/{repo}/environments/{environment_name}';
            const data = await read('read environment', name, route, { environment_name: name });
            return toEnvironment(data, repo.owner);
        }),
        async getRunApprovals(runId) {
            const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals';
            const list = await call('read the reviews of', `run ${runId}`, route, { run_id: runId });
            return array(list).map(toRunApproval);
        },
        async getRun(runId) {
            const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}';
            const run = await read('read', `run ${runId}`, route, { run_id: runId });
            return {
                id: Number(run.id),
                htmlUrl: str(run.html_url),
                headSha: str(run.head_sha),
                actor: loginOf(run.actor),
                triggeringActor: loginOf(run.triggering_actor),
            };
        },
        createIssue({ title, body, marker }) {
            if (!body.startsWith(marker))
                throw new Error('An issue body must start with its marker.');
            const what = 'the approval issue';
            const send = async () => toGateIssue(await call('open', what, `POST ${ISSUES}`, { title, body, ...NO_RETRY }));
            return once(send, async () => {
                const [issue] = await find.openIssuesMarked(marker);
                if (!issue)
                    return undefined;
                const { number, htmlUrl, createdAt, author } = issue;
                return { number, htmlUrl, createdAt, author };
            });
        },
        openIssuesMarked: find.openIssuesMarked,
        async closeIssue(number, comment, stateReason) {
            const posted = await createComment(number, comment);
            await call('close', `issue #${number}`, `PATCH ${ISSUES}/{issue_number}`, {
                issue_number: number,
                state: 'closed',
                state_reason: stateReason,
            });
            return posted;
        },
        async listCommentsSince(number, since) {
            const route = `GET ${ISSUES}/{issue_number}/comments`;
            const params = { ...repo, issue_number: number, since, per_page: 100 };
            try {
                const page = await cache.getAllPages(route, params);
                return { changed: page.changed, comments: page.data.map(toIssueComment) };
            }
            catch (error) {
                throw portError('list the comments of', `issue #${number}`, error);
            }
        },
        createComment,
        async updateComment(commentId, body) {
            const what = `comment ${commentId}`;
            const route = `PATCH ${ISSUES}/comments/{comment_id}`;
            return checkedComment(await call('update', what, route, { comment_id: commentId, body }), what);
        },
        collaboratorPermission: (login) => unlessStatus([404], 'none', async () => {
            const route = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
            return toPermission(await read('read the permission of', login, route, { username: login }));
        }),
        ...teamPort(options.membershipClient ?? client),
        createDeployment({ ref, environment, description, payload }) {
            const what = `to ${environment}`;
            const params = {
                ref,
                environment,
                description,
                payload,
                auto_merge: false,
                required_contexts: [],
                transient_environment: false,
                ...NO_RETRY,
            };
            const send = async () => {
                const deployment = await read('create a deployment', what, `POST ${DEPLOYMENTS}`, params);
                if (!positive(deployment.id))
                    throw unreadableAnswer(`creating a deployment ${what}`, deployment);
                return { id: deployment.id };
            };
            return once(send, () => find.deploymentWithPayload(environment, payload));
        },
        async createDeploymentStatus(id, { state, description, logUrl }) {
            const route = `POST ${DEPLOYMENTS}/{deployment_id}/statuses`;
            await call('set the status of', `deployment ${id}`, route, {
                deployment_id: id,
                state,
                description: description.slice(0, 140),
                ...(logUrl ? { log_url: logUrl } : {}),
                auto_inactive: false,
            });
        },
        tokenLogin,
    };
}

;// CONCATENATED MODULE: ./packages/github/src/errors.ts
/** A GitHub call a port made that failed: the message names the operation and the resource. */
class errors_GitHubPortError extends Error {
    status;
    /** What to do about it, e.g. which token permission is missing. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'GitHubPortError';
        if (options.status !== undefined)
            this.status = options.status;
        if (options.hint !== undefined)
            this.hint = options.hint;
    }
}
function errors_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function failureFacts(error) {
    const like = (error ?? {});
    const data = like.response?.data;
    const base = typeof data?.message === 'string' ? data.message : String(like.message ?? error);
    const details = Array.isArray(data?.errors) ? data.errors.map(describeDetail) : [];
    return {
        status: errors_statusOf(error),
        message: details.length > 0 ? `${base} (${details.join('; ')})` : base,
        headers: like.response?.headers ?? {},
    };
}
function describeDetail(detail) {
    if (typeof detail === 'string')
        return detail;
    const item = detail;
    if (typeof item.message === 'string')
        return item.message;
    return [item.field, item.code].filter((part) => typeof part === 'string').join(' ');
}
/**
 * `X-Accepted-GitHub-Permissions: contents=write; pull_requests=read,issues=read` -> a hint that
 * names them, in the workflow `permissions:` spelling too.
 */
function permissionHint(header) {
    const sets = header
        .split(';')
        .map((set) => set.trim())
        .filter((set) => set !== '');
    const spelled = sets.map((set) => set
        .split(',')
        .map((pair) => pair.trim().replace('=', ': '))
        .join(', '));
    const yaml = spelled.map((set) => set.replace(/_/g, '-'));
    return (`the token needs ${spelled.join(' or ')} ` +
        `(in a workflow: permissions: { ${yaml.join(' } or { ')} }; for a GitHub App, grant it on the app)`);
}
/** What to do about a failed call, from its status and headers; undefined when nothing useful. */
function hintFor(facts) {
    const header = (name) => {
        const value = facts.headers[name];
        return value === undefined ? undefined : String(value);
    };
    const accepted = header('x-accepted-github-permissions');
    if (accepted)
        return permissionHint(accepted);
    if (header('x-ratelimit-remaining') === '0') {
        const reset = Number(header('x-ratelimit-reset'));
        const at = Number.isFinite(reset) ? ` at ${new Date(reset * 1000).toISOString()}` : '';
        return `the API rate limit is exhausted; it resets${at}. Raise maxRateLimitWaitSeconds or run later`;
    }
    return statusHint(facts.status, facts.message);
}
function statusHint(status, message) {
    if (status === 401)
        return 'the token is missing, expired or revoked; pass a valid token';
    if (status === 403 && /secondary rate limit/i.test(message)) {
        return 'GitHub throttled this client (secondary rate limit); retry later with fewer concurrent writers';
    }
    if (status === 403)
        return 'the token may not do this here; check its permissions and scopes';
    if (status === 404) {
        return 'check the name; a private repository also answers 404 when the token cannot read it';
    }
    if (status === undefined || status >= 500) {
        return 'GitHub did not answer successfully after the retries; check https://www.githubstatus.com and retry';
    }
    return undefined;
}
/** Wraps a failure of `operation` on `resource` (e.g. "read branch", "main of o/r"). */
function errors_portError(operation, resource, error) {
    if (error instanceof errors_GitHubPortError)
        return error;
    const facts = failureFacts(error);
    const status = facts.status === undefined ? '' : `HTTP ${facts.status}: `;
    return new errors_GitHubPortError(`Could not ${operation} ${resource}: ${status}${facts.message}`, {
        status: facts.status,
        hint: hintFor(facts),
        cause: error,
    });
}

;// CONCATENATED MODULE: ./packages/github/src/call.ts

function call_portCall(client, repo) {
    const slug = `${repo.owner}/${repo.repo}`;
    return async (action, what, route, params) => {
        try {
            return (await client.request(route, { owner: repo.owner, repo: repo.repo, ...params })).data;
        }
        catch (error) {
            throw errors_portError(action, `${what} in ${slug}`, error);
        }
    };
}
async function orUndefinedOn404(read) {
    try {
        return await read();
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/github/src/sticky-comment-port.ts



const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
/**
 * The comment to edit: the oldest one that starts with the marker and was written by the token's
 * own account, so a marker pasted by someone else never redirects the update. When the login is
 * unknown (GET /user failed; an installation token, GITHUB_TOKEN's github-actions[bot] or an
 * App's <slug>[bot], always gets 403), any bot's marker comment is taken: only GitHub Apps the
 * repository installed write as a Bot, and a person's comment never is.
 */
function findStickyComment(comments, marker, author) {
    const byAuthor = (comment) => author === undefined ? comment.userType === 'Bot' : comment.login === author;
    return comments
        .filter((comment) => comment.body.startsWith(marker) && byAuthor(comment))
        .sort((a, b) => a.id - b.id)[0];
}
/**
 * The token's login, or undefined when GET /user fails for whatever reason (an installation
 * token's 403, a 404 or 5xx from a proxy or an outage): the comment never depends on it.
 */
async function tokenLogin(client) {
    try {
        const user = (await client.request('GET /user')).data;
        return typeof user.login === 'string' ? user.login : undefined;
    }
    catch {
        return undefined;
    }
}
function stickyCommentPort(client, repo) {
    const call = call_portCall(client, repo);
    const listAll = async (issueNumber) => {
        const route = `GET ${COMMENTS}`;
        const params = { ...repo, issue_number: issueNumber, per_page: 100 };
        try {
            return (await client.paginate(route, params)).map(toIssueComment);
        }
        catch (error) {
            throw errors_portError('list the comments of', `#${issueNumber} in ${repo.owner}/${repo.repo}`, error);
        }
    };
    const what = (issueNumber) => `the comment on #${issueNumber}`;
    const edit = async (issueNumber, existing, body) => {
        if (existing.body === body)
            return result('unchanged', existing);
        const params = { comment_id: existing.id, body };
        const data = await call('update', what(issueNumber), `PATCH ${COMMENT}`, params);
        return result('updated', toIssueComment(data));
    };
    /**
     * Without the token's login, the comment just posted names its account: an older marker
     * comment by that same account is the sticky one, so it takes the body and the new one goes.
     */
    const keepOlder = async (issueNumber, older, created, body) => {
        const kept = await edit(issueNumber, older, body);
        await call('delete', what(issueNumber), `DELETE ${COMMENT}`, { comment_id: created.id });
        return kept;
    };
    return {
        async upsert(issueNumber, marker, body) {
            if (!body.startsWith(marker))
                throw new Error('A sticky comment body must start with its marker.');
            const [comments, author] = await Promise.all([listAll(issueNumber), tokenLogin(client)]);
            const existing = findStickyComment(comments, marker, author);
            if (existing)
                return edit(issueNumber, existing, body);
            const params = { issue_number: issueNumber, body };
            const data = await call('post', what(issueNumber), `POST ${COMMENTS}`, params);
            const created = toIssueComment(data);
            const older = author === undefined && findStickyComment(comments, marker, created.login);
            return older ? keepOlder(issueNumber, older, created, body) : result('created', created);
        },
    };
}
function result(outcome, comment) {
    return { outcome, id: comment.id, htmlUrl: comment.htmlUrl };
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts
















/***/ })

};
