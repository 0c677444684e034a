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
/** Registry tokens (TF_TOKEN_app_terraform_io) and any name that says it holds a secret. */
const SECRET_NAME = /^TF_TOKEN_|SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIALS|API_KEY/i;
/** Names that match the pattern but hold no secret. */
const NOT_SECRET = new Set(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_URL']);
/** Shorter values would mask ordinary words in logs ("true", "1"). */
const MIN_LENGTH = 4;

/** Values of the environment that must never reach a log, a comment or a summary. */
export function secretValues(env: NodeJS.ProcessEnv, extra: string[] = []): string[] {
  const fromEnv = Object.entries(env)
    .filter(
      ([name]) => !NOT_SECRET.has(name) && (KNOWN_SECRETS.has(name) || SECRET_NAME.test(name)),
    )
    .map(([, value]) => value ?? '');
  const values = [...fromEnv, ...extra].filter((value) => value.length >= MIN_LENGTH);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}

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
