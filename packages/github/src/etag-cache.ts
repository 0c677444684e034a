import type { GitHubClient } from './client.js';
import { statusOf } from './errors.js';

interface Entry {
  etag: string;
  data: unknown;
  hasNext: boolean;
}

interface Fetched extends Entry {
  changed: boolean;
}

type Params = Record<string, unknown>;

/**
 * Conditional GETs: remembers ETag and data per URL and sends If-None-Match, so an unchanged
 * resource costs a 304, which GitHub does not count against the rate limit.
 */
export class ConditionalGetCache {
  readonly stats = { requests: 0, notModified: 0 };
  private readonly entries = new Map<string, Entry>();
  private readonly pageCounts = new Map<string, number>();

  constructor(private readonly client: GitHubClient) {}

  async get<T>(
    route: string,
    params: Params,
  ): Promise<{ changed: boolean; data: T; etag?: string }> {
    const { changed, data, etag } = await this.fetch(route, params);
    return etag === '' ? { changed, data: data as T } : { changed, data: data as T, etag };
  }

  /** Every page (per_page 100 unless given); changed when any page or the page count changed. */
  async getAllPages<T>(route: string, params: Params): Promise<{ changed: boolean; data: T[] }> {
    const base = { per_page: 100, ...params };
    const perPage = Math.min(Number(base.per_page), 100); // GitHub caps per_page at 100
    const data: T[] = [];
    let changed = false;
    let pages = 1;
    for (let page = 1; ; page++) {
      const fetched = await this.fetch(route, { ...base, page });
      const items = listItems<T>(fetched.data, route);
      if (page > 1 && items.length === 0) break;
      data.push(...items);
      changed ||= fetched.changed;
      pages = page;
      // An unchanged full page may hide a new page after it: its body (and ETag) did not change.
      if (!fetched.hasNext && (fetched.changed || items.length < perPage)) break;
    }
    const listKey = this.keyOf(route, base);
    if (this.pageCounts.get(listKey) !== pages) changed = true;
    this.pageCounts.set(listKey, pages);
    return { changed, data };
  }

  private async fetch(route: string, params: Params): Promise<Fetched> {
    const key = this.keyOf(route, params);
    const cached = this.entries.get(key);
    this.stats.requests += 1;
    try {
      const response = await this.client.request(route, withIfNoneMatch(params, cached?.etag));
      const etag = String(response.headers.etag ?? '');
      const entry = { etag, data: response.data, hasNext: hasNextLink(response.headers.link) };
      if (etag) this.entries.set(key, entry);
      else this.entries.delete(key);
      return { ...entry, changed: !(cached && etag && etag === cached.etag) };
    } catch (error) {
      if (statusOf(error) !== 304 || !cached) throw error;
      this.stats.notModified += 1;
      return { ...cached, changed: false };
    }
  }

  private keyOf(route: string, params: Params): string {
    const { method, url, headers } = this.client.request.endpoint(route, params);
    return `${method} ${url} ${headers.accept ?? ''}`;
  }
}

function withIfNoneMatch(params: Params, etag: string | undefined): Params {
  if (!etag) return params;
  const headers = (params.headers ?? {}) as Record<string, string>;
  return { ...params, headers: { ...headers, 'if-none-match': etag } };
}

export function hasNextLink(link: string | undefined): boolean {
  return link !== undefined && /<[^>]*>;\s*rel="([^"]*\s)?next(\s[^"]*)?"/.test(link);
}

/** A list endpoint's items: the array itself, or the array inside `{ total_count, items }`. */
function listItems<T>(data: unknown, route: string): T[] {
  if (Array.isArray(data)) return data as T[];
  const inner = Object.values((data ?? {}) as object).find(Array.isArray);
  if (inner) return inner as T[];
  throw new Error(`${route} did not answer with a list; getAllPages needs a list endpoint`);
}
