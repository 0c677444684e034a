import { InputError } from '@infra-fleet/action-kit';

export const DEFAULT_TERRAGRUNT_BASE_URL =
  'https://github.com/gruntwork-io/terragrunt/releases/download';
export const DEFAULT_OPENTOFU_BASE_URL = 'https://github.com/opentofu/opentofu/releases/download';

/** Redirects followed per download; github.com takes one (to its storage host). */
export const MAX_REDIRECTS = 5;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const isLoopback = (url: URL) => LOOPBACK_HOSTS.has(url.hostname);

/**
 * Validates a release base URL input; returns it without trailing slashes. https only; plain
 * http only on loopback (a mirror on the runner itself).
 */
export function parseDownloadBaseUrl(input: string, value: string): string {
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : undefined;
  if (url && (url.username || url.password || url.search || url.hash)) {
    // Not echoed: it may hold a secret.
    throw new InputError(
      input,
      'must not contain credentials, a query or a fragment.',
      hintFor(input),
    );
  }
  const https = url?.protocol === 'https:';
  const loopbackHttp = url?.protocol === 'http:' && isLoopback(url);
  if (!url || !(https || loopbackHttp)) {
    throw new InputError(input, `${JSON.stringify(value)} is not an https URL.`, hintFor(input));
  }
  return url.href.replace(/\/+$/, '');
}

function hintFor(input: string): string {
  const example =
    input === 'opentofu-download-url' ? DEFAULT_OPENTOFU_BASE_URL : DEFAULT_TERRAGRUNT_BASE_URL;
  return `Give the base of the release downloads, e.g. ${example} (the default).`;
}

/**
 * Why a redirect from `from` to `to` is not followed, or undefined when it is. https anywhere is
 * fine; plain http never after https (a downgrade) and only from loopback to loopback.
 */
export function redirectRefusal(from: URL, to: URL): string | undefined {
  const target = `${to.protocol}//${to.host}`;
  if (to.username || to.password) return `to a URL with credentials (${target})`;
  if (to.protocol === 'https:') return undefined;
  if (to.protocol !== 'http:') return `to ${target}, which is not https`;
  if (from.protocol === 'https:') return `from https down to plain http (${target})`;
  if (!isLoopback(to)) return `to plain http on another host (${target})`;
  return undefined;
}
