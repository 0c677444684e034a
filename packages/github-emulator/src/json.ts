import { nodeId, timestamp } from './ids.js';
import type { EmulatorState } from './state.js';
import type { Account } from './types.js';

/** The API URL of the emulated repository: `<api>/repos/<owner>/<repo>`. */
export function repoApiUrl(state: Pick<EmulatorState, 'owner' | 'repo'>, apiUrl: string): string {
  return `${apiUrl}/repos/${state.owner}/${state.repo}`;
}

/** The "web" URL of the emulated repository (the emulator serves no pages; the form is GitHub's). */
export function repoHtmlUrl(state: Pick<EmulatorState, 'owner' | 'repo'>, apiUrl: string): string {
  return `${apiUrl}/${state.owner}/${state.repo}`;
}

/** GitHub's `simple-user` object, every field the schema requires. */
export function userJson(account: Account, apiUrl: string): Record<string, unknown> {
  const url = `${apiUrl}/users/${encodeURIComponent(account.login)}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type === 'Organization' ? 'Organization' : account.type, account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${apiUrl}/${encodeURIComponent(account.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GitHub's `repository`/`full-repository` object for the one emulated repository. */
export function repositoryJson(state: EmulatorState, apiUrl: string): Record<string, unknown> {
  const api = repoApiUrl(state, apiUrl);
  const html = repoHtmlUrl(state, apiUrl);
  const host = new URL(apiUrl).host;
  const id = 1;
  const created = timestamp(state.createdAt);
  return {
    id,
    node_id: nodeId('Repository', id),
    name: state.repo,
    full_name: `${state.owner}/${state.repo}`,
    private: true,
    visibility: 'private',
    owner: userJson(state.account(state.owner), apiUrl),
    html_url: html,
    description: null,
    fork: false,
    url: api,
    ...templatedUrls(api),
    git_url: `git://${host}/${state.owner}/${state.repo}.git`,
    ssh_url: `git@${host}:${state.owner}/${state.repo}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    size: 0,
    default_branch: 'main',
    ...counts(),
    ...features(),
    license: null,
    topics: [],
    pushed_at: created,
    created_at: created,
    updated_at: created,
  };
}

function templatedUrls(api: string): Record<string, string> {
  return {
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
  };
}

function counts(): Record<string, number> {
  return {
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    network_count: 0,
    subscribers_count: 0,
  };
}

function features(): Record<string, boolean> {
  return {
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    is_template: false,
    allow_forking: false,
    web_commit_signoff_required: false,
  };
}
