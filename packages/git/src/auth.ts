/**
 * Credentials for HTTPS remotes as git configuration carried in the environment
 * (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n): nothing on argv, nothing on disk.
 */

function headerKey(serverUrl: string): string {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new Error(`server URL '${serverUrl}' is not a URL; expected e.g. https://github.com`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new Error(
      `server URL '${serverUrl}' must be plain http(s) without credentials, query or fragment`,
    );
  }
  return `http.${url.origin}${url.pathname.replace(/\/*$/, '/')}.extraheader`;
}

/** The GIT_CONFIG_* entries already in `env`, as an ordered list of key/value pairs. */
function existingEntries(env: Record<string, string | undefined>): Array<[string, string]> {
  const raw = env.GIT_CONFIG_COUNT;
  if (raw === undefined || raw === '') return [];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`GIT_CONFIG_COUNT '${raw}' is not a non-negative integer; fix or unset it`);
  }
  return Array.from({ length: count }, (_, index): [string, string] => {
    const key = env[`GIT_CONFIG_KEY_${index}`];
    if (!key)
      throw new Error(
        `GIT_CONFIG_COUNT is ${count} but GIT_CONFIG_KEY_${index} is missing; fix or unset it`,
      );
    return [key, env[`GIT_CONFIG_VALUE_${index}`] ?? ''];
  });
}

/**
 * Environment entries that make git send `AUTHORIZATION: basic base64(x-access-token:<token>)`
 * to `serverUrl`. An empty value first resets any extraheader configured for that URL (for
 * example by actions/checkout), so the server never sees two Authorization headers. Entries
 * of `baseEnv` come first; by default none: GIT_CONFIG_* of the job's environment may have been
 * set by an earlier step, and git is given only what it needs.
 */
export function authEnv(
  serverUrl: string,
  token: string,
  baseEnv: Record<string, string | undefined> = {},
): Record<string, string> {
  if (token === '' || /[\r\n]/.test(token))
    throw new Error('the token is empty or contains a line break');
  const key = headerKey(serverUrl);
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  const entries: Array<[string, string]> = [
    ...existingEntries(baseEnv),
    [key, ''],
    [key, `AUTHORIZATION: basic ${basic}`],
  ];
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(entries.length) };
  entries.forEach(([entryKey, value], index) => {
    env[`GIT_CONFIG_KEY_${index}`] = entryKey;
    env[`GIT_CONFIG_VALUE_${index}`] = value;
  });
  return env;
}
