import { isRedactable } from './redact.js';

/** Variables that carry credentials for OpenTofu providers, backends and registries. */
const KNOWN_SECRETS = new Set([
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'ARM_CLIENT_SECRET',
  'ARM_CLIENT_CERTIFICATE_PASSWORD',
  'ARM_ACCESS_KEY',
  'GOOGLE_CREDENTIALS',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
  'CLOUDFLARE_API_TOKEN',
  'DIGITALOCEAN_TOKEN',
  'VAULT_TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
]);
/** Parts of a name that mark it as holding a secret wherever they appear (TF_TOKEN_*, DB_PASSWORD). */
const SECRET_ANYWHERE = /SECRET|TOKEN|PASSW|PASSPHRASE|CREDENTIAL|PRIVATE|APIKEY/i;
/** Short words that do so only as a whole word of the name (DB_PASS, SSH_KEY), not inside one (KEYBOARD). */
const SECRET_WORDS = new Set(['PASS', 'PWD', 'KEY', 'KEYS', 'PAT', 'AUTH', 'SALT']);
/** Names that match but hold no secret: the shell's folders and the runner's OIDC endpoint. */
const NOT_SECRET = new Set([
  'PWD',
  'OLDPWD',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_URL',
]);

export function isSecretName(name: string): boolean {
  if (NOT_SECRET.has(name)) return false;
  if (KNOWN_SECRETS.has(name) || SECRET_ANYWHERE.test(name)) return true;
  return name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .some((word) => SECRET_WORDS.has(word));
}

/** The password of a URL with credentials (postgres://app:pw@db/app), raw and decoded. */
export function urlPasswords(value: string): string[] {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url?.password) return [];
  let decoded = url.password;
  try {
    decoded = decodeURIComponent(url.password);
  } catch {
    // Not percent-encoded after all: the raw form is enough.
  }
  return [url.password, decoded];
}

/**
 * Values of the environment that must never reach a log, a comment or a summary: those of
 * secret-looking names, and the password of every URL with credentials whatever its name.
 */
export function secretValues(env: NodeJS.ProcessEnv, extra: string[] = []): string[] {
  const entries = Object.entries(env).map(([name, value]) => [name, value ?? ''] as const);
  const named = entries.filter(([name]) => isSecretName(name)).map(([, value]) => value);
  const inUrls = entries.flatMap(([, value]) => urlPasswords(value));
  const values = [...named, ...inUrls, ...extra].filter(isRedactable);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

export { planSecrets } from './plan-secrets.js';

/** The runner's own service tokens (artifacts, cache, results): HCL from a branch must not get them. */
const RUNNER_INTERNAL = /^(INPUT_|ACTIONS_RUNTIME_|ACTIONS_CACHE_URL$|ACTIONS_RESULTS_URL$)/;

/**
 * The environment Terragrunt runs with: the job's, minus the action's own inputs (the GitHub
 * token in INPUT_TOKEN is ours, not OpenTofu's) and the runner's service tokens. The OIDC
 * request variables stay: providers that log in through OIDC read them.
 */
export function childEnvironment(
  env: NodeJS.ProcessEnv,
  extra: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(([name]) => !RUNNER_INTERNAL.test(name));
  return { ...Object.fromEntries(kept), ...extra };
}
