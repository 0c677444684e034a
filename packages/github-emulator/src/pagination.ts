const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  /** RFC 5988 Link header, absent when everything fits on one page. */
  link?: string;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

export function pageParams(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = Math.min(MAX_PER_PAGE, positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE);
  return { perPage, page: positiveInt(query.get('page')) ?? 1 };
}

/** One page of `items` as GitHub serves it: `per_page` (default 30, max 100), `page`, and `Link`. */
export function paginate<T>(items: readonly T[], query: URLSearchParams, baseUrl: string): Page<T> {
  const { perPage, page } = pageParams(query);
  const start = (page - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  if (last === 1) return { items: slice };
  const url = (target: number) => {
    const params = new URLSearchParams(query);
    params.set('per_page', String(perPage));
    params.set('page', String(target));
    return `<${baseUrl}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  return { items: slice, link: links.join(', ') };
}
