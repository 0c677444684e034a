export const id = 11;
export const ids = [11];
export const modules = {

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apiMethod: () => (/* binding */ apiMethod)
});

// EXTERNAL MODULE: ./packages/action-kit/src/protocol.ts
var protocol = __webpack_require__(1553);
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

// EXTERNAL MODULE: ./packages/github/src/errors.ts
var errors = __webpack_require__(3570);
;// CONCATENATED MODULE: ./packages/github/src/call.ts

function portCall(client, repo) {
    const slug = `${repo.owner}/${repo.repo}`;
    return async (action, what, route, params) => {
        try {
            return (await client.request(route, { owner: repo.owner, repo: repo.repo, ...params })).data;
        }
        catch (error) {
            throw (0,errors/* portError */.kb)(action, `${what} in ${slug}`, error);
        }
    };
}
async function orUndefinedOn404(read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/github/src/contents.ts


/** Strips the slashes users add; the contents API wants a plain repository-relative path. */
function normalizePath(path) {
    return path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
}
/** Reads files and directories at a ref through the contents API. */
function contentsReader(call) {
    const get = (ref, path) => orUndefinedOn404(() => call('read', `"${path}" at ${ref}`, 'GET /repos/{owner}/{repo}/contents/{path}', {
        path,
        ref,
    }));
    /** The contents API leaves files over 1 MB without content; the blob API serves them. */
    const text = async (entry) => {
        if (entry.encoding === 'base64' && typeof entry.content === 'string') {
            return decode(entry.content);
        }
        const route = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
        const blob = (await call('read blob', `${entry.sha} ("${entry.path}")`, route, {
            file_sha: entry.sha,
        }));
        return decode(blob.content);
    };
    return {
        async listDirectory(ref, path) {
            const data = await get(ref, normalizePath(path));
            if (data === undefined)
                return undefined;
            if (!Array.isArray(data))
                throw notA('directory', data, path, ref);
            return data.map(({ name, type, path: entryPath }) => ({ name, type, path: entryPath }));
        },
        async readFile(ref, path) {
            const wanted = normalizePath(path);
            const data = await get(ref, wanted);
            if (data === undefined)
                return undefined;
            if (Array.isArray(data) || data.type !== 'file')
                throw notA('file', data, path, ref);
            // GitHub serves a symlink to a file as that file, under the target's path.
            if (data.path !== wanted)
                throw symlinkTo(data.path, path, ref);
            return { content: await text(data), sha: data.sha };
        },
    };
}
function decode(base64) {
    return Buffer.from(base64.replace(/\s+/g, ''), 'base64').toString('utf8');
}
function notA(wanted, data, path, ref) {
    const found = Array.isArray(data) ? 'directory' : data.type;
    const hint = wanted === 'file'
        ? 'point at a regular file; symlinks and submodules are not followed'
        : 'point at a directory';
    return new errors/* GitHubPortError */.VY(`"${path}" at ${ref} is a ${found}, not a ${wanted}`, { hint });
}
function symlinkTo(target, path, ref) {
    return new errors/* GitHubPortError */.VY(`"${path}" at ${ref} is a symlink to "${target}"`, {
        hint: `point at "${target}" itself; symlinks are not edited through`,
    });
}

;// CONCATENATED MODULE: ./packages/github/src/git-data-port.ts



/** Symlinks and submodules are left out: rendering must not follow them out of the tree. */
function filesUnder(entries, prefix) {
    const base = prefix === '' ? '' : `${normalizePath(prefix)}/`;
    return entries
        .filter((entry) => entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755'))
        .filter((entry) => String(entry.path).startsWith(base))
        .map((entry) => ({
        path: String(entry.path),
        sha: shaOf(entry),
        mode: entry.mode,
    }));
}
/** A non-forced update was refused because the branch is no longer where we started from. */
function isStaleUpdate(error) {
    const status = (0,errors/* statusOf */.c2)(error);
    return status === 409 || (status === 422 && /fast[- ]forward/i.test((0,errors/* failureFacts */._2)(error).message));
}
function isAlreadyExists(error) {
    return (0,errors/* statusOf */.c2)(error) === 422 && /already exists/i.test((0,errors/* failureFacts */._2)(error).message);
}
function gitDataPort(client, repo) {
    const call = portCall(client, repo);
    const create = async (kind, what, params) => shaOf(await call(`create a ${kind}`, what, `POST /repos/{owner}/{repo}/git/${kind}s`, params));
    const getRef = async (branch) => shaOf(await call('read branch', branch, 'GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ref: `heads/${branch}`,
    }));
    const moveRef = (branch, sha, force) => call(force ? 'force-move branch' : 'move branch', `${branch} to ${sha}`, PATCH_REF, {
        ref: `heads/${branch}`,
        sha,
        force,
    });
    /** false when another writer created the branch first. */
    const createRef = (branch, sha) => create('ref', `${branch} at ${sha}`, { ref: `refs/heads/${branch}`, sha }).then(() => true, (error) => (isAlreadyExists(error) ? false : Promise.reject(error)));
    const readCommit = (sha) => call('read commit', sha, 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        commit_sha: sha,
    });
    /** Follows annotated tags (a tag may point at a tag) down to what they name. */
    const peel = async (object) => {
        let target = object;
        for (let depth = 0; target.type === 'tag' && depth < MAX_TAG_DEPTH; depth++) {
            const route = 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}';
            const tag = (await call('read tag', shaOf(target), route, {
                tag_sha: shaOf(target),
            }));
            target = (tag.object ?? {});
        }
        return target.type === 'commit' ? shaOf(target) : undefined;
    };
    const readRef = (name) => orUndefinedOn404(() => call('read ref', name, 'GET /repos/{owner}/{repo}/git/ref/{ref}', {
        ref: name,
    }));
    return {
        ...contentsReader(call),
        async resolveCommit(ref) {
            if (FULL_SHA.test(ref)) {
                const sha = ref.toLowerCase();
                return (await unlessMissing(() => readCommit(sha))) && sha;
            }
            const names = ref.startsWith('refs/') ? [ref.slice(5)] : [`heads/${ref}`, `tags/${ref}`];
            for (const name of names) {
                const found = await readRef(name);
                if (found)
                    return peel((found.object ?? {}));
            }
            return undefined;
        },
        branchTip: (branch) => getRef(branch).catch((error) => {
            throw (0,errors/* statusOf */.c2)(error) === 404 ? missingBranch(branch, repo, error) : error;
        }),
        commitTree: async (commitSha) => shaOf((await readCommit(commitSha)).tree),
        createBlob: (content) => create('blob', `of ${content.length} characters`, {
            content: Buffer.from(content, 'utf8').toString('base64'),
            encoding: 'base64',
        }),
        createTree(baseTree, files) {
            const tree = files.map((file) => ({
                path: normalizePath(file.path),
                mode: file.mode ?? '100644',
                type: 'blob',
                sha: file.sha,
            }));
            const paths = tree.map((entry) => entry.path).join(', ');
            return create('tree', `on ${baseTree} (${paths})`, { base_tree: baseTree, tree });
        },
        createCommit: ({ message, tree, parents }) => create('commit', `of tree ${tree} on ${parents.join(', ') || 'no parent'}`, {
            message,
            tree,
            parents,
        }),
        updateBranch: (branch, sha) => moveRef(branch, sha, false).then(() => 'updated', (error) => (isStaleUpdate(error) ? 'stale' : Promise.reject(error))),
        async branchContains(branch, sha) {
            const tip = await getRef(branch);
            if (tip === sha)
                return true;
            const basehead = `${sha}...${tip}`;
            const route = 'GET /repos/{owner}/{repo}/compare/{basehead}';
            const compared = (await unlessMissing(() => call('compare', basehead, route, { basehead, per_page: 1 })));
            return compared?.status === 'ahead' || compared?.status === 'identical';
        },
        async listFiles(tree, prefix) {
            const route = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
            const data = (await call('read tree', tree, route, { tree_sha: tree, recursive: '1' }));
            if (data.truncated) {
                throw new errors/* GitHubPortError */.VY(`Tree ${tree} is too large to read recursively through the API`, {
                    hint: 'set validate: none, or use commit-method: git with a checkout',
                });
            }
            return filesUnder(data.tree, prefix);
        },
        async readBlob(sha) {
            const route = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
            const blob = (await call('read blob', sha, route, { file_sha: sha }));
            return Buffer.from(String(blob.content ?? ''), blob.encoding === 'base64' ? 'base64' : 'utf8');
        },
        async putBranch(branch, sha) {
            const current = await orUndefinedOn404(() => getRef(branch));
            if (current === sha)
                return 'unchanged';
            if (current === undefined && (await createRef(branch, sha)))
                return 'created';
            await moveRef(branch, sha, true);
            return 'updated';
        },
    };
}
const PATCH_REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}';
const FULL_SHA = /^[0-9a-f]{40}$/i;
const MAX_TAG_DEPTH = 5;
/** A missing commit answers 404, or 422 for a sha GitHub cannot parse as one. */
async function unlessMissing(read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,errors/* statusOf */.c2)(error) === 404 || (0,errors/* statusOf */.c2)(error) === 422)
            return undefined;
        throw error;
    }
}
function shaOf(data) {
    const record = (data ?? {});
    const sha = record.object?.sha ?? record.sha;
    if (typeof sha !== 'string') {
        throw new errors/* GitHubPortError */.VY(`GitHub answered without a sha: ${JSON.stringify(data)?.slice(0, 200)}`);
    }
    return sha;
}
function missingBranch(branch, repo, cause) {
    return new errors/* GitHubPortError */.VY(`Branch "${branch}" does not exist in ${repo.owner}/${repo.repo}`, {
        status: 404,
        hint: 'check the branch name; the token also needs contents: read on the repository',
        cause,
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/git/src/tree-reader.ts


function kindOf(stats) {
    if (stats.isSymbolicLink())
        return 'symlink';
    return stats.isDirectory() ? 'dir' : 'file';
}
/** A TreeReader over a directory on disk; symlinks are reported, never followed. */
function fsTreeReader(root) {
    const absolute = (path) => join(root, ...posix.normalize(path || '.').split('/'));
    return {
        async readText(path) {
            const stats = await lstat(absolute(path)).catch(() => undefined);
            if (!stats?.isFile())
                return undefined;
            return readFile(absolute(path), 'utf8');
        },
        async listDir(dir) {
            const stats = await lstat(absolute(dir)).catch(() => undefined);
            if (!stats?.isDirectory())
                return undefined;
            const entries = await readdir(absolute(dir), { withFileTypes: true });
            return entries
                .filter((entry) => entry.name !== '.git')
                .map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
        },
    };
}
/**
 * A TreeReader over a known list of file paths (e.g. one recursive API tree listing); texts
 * are read on demand, each once.
 */
function listedTreeReader(paths, read) {
    const dirs = new Map([['', new Map()]]);
    for (const path of paths) {
        const parts = path.split('/');
        parts.forEach((name, index) => {
            const parent = parts.slice(0, index).join('/');
            const children = dirs.get(parent) ?? new Map();
            children.set(name, index === parts.length - 1 ? 'file' : 'dir');
            dirs.set(parent, children);
        });
    }
    const files = new Set(paths);
    const texts = new Map();
    return {
        readText(path) {
            if (!files.has(path))
                return Promise.resolve(undefined);
            const text = texts.get(path) ?? read(path);
            texts.set(path, text);
            return text;
        },
        async listDir(dir) {
            const children = dirs.get(dir);
            return children && [...children].map(([name, kind]) => ({ name, kind }));
        },
    };
}

// EXTERNAL MODULE: ./packages/kustomize/src/closure.ts + 10 modules
var src_closure = __webpack_require__(479);
// EXTERNAL MODULE: ./actions/bump-overlay-tag/src/overlay.ts
var overlay = __webpack_require__(4154);
;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/api-store.ts





/**
 * Lands commits through the Git Data API: blob, tree and commit on the expected parent, then a
 * non-forced ref update. No checkout is needed, and GitHub signs the commits.
 */
class ApiOverlayStore {
    git;
    branch;
    repository;
    constructor(git, branch, repository) {
        this.git = git;
        this.branch = branch;
        this.repository = repository;
    }
    readTip() {
        return this.git.branchTip(this.branch);
    }
    async resolveCommit(ref) {
        const sha = await this.git.resolveCommit(ref);
        if (sha)
            return sha;
        const abbreviated = /^[0-9a-f]{4,39}$/i.test(ref)
            ? ' An abbreviated sha is not resolved through the API: pass the full 40-character sha.'
            : '';
        throw (0,overlay/* unknownRef */.mv)(ref, `in ${this.repository}`, abbreviated);
    }
    async listDir(commit, dir) {
        return (await this.git.listDirectory(commit, dir))?.map((entry) => entry.name);
    }
    async readFile(commit, path) {
        return (await this.git.readFile(commit, path))?.content;
    }
    treeOf(commit) {
        return this.git.commitTree(commit);
    }
    async writeTree(base, file) {
        const [blob, baseTree] = await Promise.all([
            this.git.createBlob(file.content),
            this.git.commitTree(base),
        ]);
        return this.git.createTree(baseTree, [{ path: file.path, sha: blob }]);
    }
    /**
     * One recursive tree listing, then only the blobs rendering the overlay reads (its kustomize
     * closure: siblings, ../../base, components); the overlay's top-level folder when the closure
     * cannot be told.
     */
    async materialize(tree, dir, overlayDir) {
        const files = new Map((await this.git.listFiles(tree, '')).map((file) => [file.path, file]));
        const blobs = new Map();
        const blob = (path) => {
            const read = blobs.get(path) ?? this.git.readBlob(files.get(path)?.sha ?? '');
            blobs.set(path, read);
            return read;
        };
        const reader = listedTreeReader([...files.keys()], async (path) => (await blob(path)).toString('utf8'));
        const closure = await (0,src_closure/* overlayClosure */.y)(reader, overlayDir);
        const top = overlayDir === '.' || overlayDir === '' ? '' : `${overlayDir.split('/')[0]}/`;
        const wanted = closure.complete
            ? closure.files.filter((path) => files.has(path))
            : [...files.keys()].filter((path) => path.startsWith(top));
        await Promise.all(wanted.map(async (path) => {
            const target = (0,external_node_path_.join)(dir, ...path.split(external_node_path_.posix.sep));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            const mode = files.get(path)?.mode === '100755' ? 0o755 : 0o644;
            await (0,promises_.writeFile)(target, await blob(path), { mode });
        }));
    }
    commit(tree, parent, message) {
        return this.git.createCommit({ message, tree, parents: [parent] });
    }
    /**
     * A refused or failed update may be a repeat of one whose answer was lost after it applied,
     * with other writers landing since: the commit, made just now, is then in the branch.
     */
    async publish(sha) {
        const result = await this.git.updateBranch(this.branch, sha).catch(async (error) => {
            if (await this.git.branchContains(this.branch, sha).catch(() => false))
                return 'updated';
            throw error;
        });
        if (result === 'updated' || (await this.git.branchContains(this.branch, sha)))
            return { status: 'landed', sha };
        return { status: 'stale', detail: `${this.branch} moved (the update was not a fast-forward)` };
    }
}

;// CONCATENATED MODULE: ./packages/github/src/pull-request-port.ts


function toPullRequestSummary(data) {
    return {
        number: Number(data.number),
        url: String(data.url),
        htmlUrl: String(data.html_url),
        title: String(data.title ?? ''),
        body: typeof data.body === 'string' ? data.body : '',
        head: String(data.head.ref),
        base: String(data.base.ref),
        state: data.state === 'closed' ? 'closed' : 'open',
    };
}
function alreadyExists(error) {
    return (0,errors/* statusOf */.c2)(error) === 422 && /already exists/i.test((0,errors/* failureFacts */._2)(error).message);
}
function pullRequestPort(client, repo) {
    const call = portCall(client, repo);
    const summary = async (request) => toPullRequestSummary((await request));
    const port = {
        async findOpen(head, base) {
            const list = (await call('list pull requests', `from ${head} into ${base}`, PULLS, {
                head: `${repo.owner}:${head}`,
                base,
                state: 'open',
                per_page: 100,
            }));
            return list.map(toPullRequestSummary).find((pr) => pr.head === head && pr.base === base);
        },
        async create(input) {
            const what = `from ${input.head} into ${input.base}`;
            try {
                return await summary(call('open a pull request', what, `POST ${PULLS_PATH}`, input));
            }
            catch (error) {
                // Another run opened it between our findOpen and create: converge on that one.
                const existing = alreadyExists(error) && (await port.findOpen(input.head, input.base));
                if (!existing)
                    throw error;
                return port.update(existing.number, input);
            }
        },
        update: (number, { title, body }) => summary(call('update pull request', `#${number}`, `PATCH ${PULLS_PATH}/{pull_number}`, {
            pull_number: number,
            title,
            body,
        })),
    };
    return port;
}
const PULLS_PATH = '/repos/{owner}/{repo}/pulls';
const PULLS = `GET ${PULLS_PATH}`;

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/proposal-port.ts

/** The proposal branch and its pull request, through the API. */
function apiProposals(client, repo) {
    const git = gitDataPort(client, repo);
    return {
        async branchHead(branch) {
            try {
                const sha = await git.branchTip(branch);
                return { sha, tree: await git.commitTree(sha) };
            }
            catch (error) {
                if (error instanceof errors/* GitHubPortError */.VY && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        moveBranch: (branch, sha) => git.putBranch(branch, sha),
        pulls: pullRequestPort(client, repo),
    };
}

;// CONCATENATED MODULE: ./actions/bump-overlay-tag/src/api-method.ts




/**
 * Everything commit-method: api needs, loaded only by that method: the git method never
 * evaluates the API client (Octokit and its plugins).
 */
function apiMethod(settings, repo) {
    const client = createGitHubClient({
        token: settings.token ?? '',
        baseUrl: settings.apiUrl,
        log: { warning: protocol/* warning */.$e, info: protocol/* info */.pq },
    });
    return {
        store: new ApiOverlayStore(gitDataPort(client, repo), settings.branch, `${repo.owner}/${repo.repo}`),
        proposals: () => apiProposals(client, repo),
    };
}


/***/ })

};
