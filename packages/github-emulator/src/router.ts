import type { Route } from './types.js';

/** Parameters that may hold slashes (refs, paths, branch names): they match greedily. */
const SLASHED_PARAMS = new Set([
  'ref',
  'path',
  'branch',
  'base',
  'head',
  'basehead',
  'tag',
  'tree_sha',
]);

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  /** Literal characters in the template: the more, the more specific. */
  specificity: number;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileTemplate(template: string): Omit<CompiledRoute, 'route'> {
  const names: string[] = [];
  let source = '';
  let specificity = 0;
  for (const piece of template.split(/(\{[^}]+\})/)) {
    const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
    if (name === undefined) {
      source += escapeRegExp(piece);
      specificity += piece.length;
      continue;
    }
    names.push(name);
    // A trailing {path} may be empty, slash and all: GitHub answers .../contents as .../contents/.
    if (name === 'path' && source.endsWith('/')) source = `${source.slice(0, -1)}(?:/(.*))?`;
    else source += name === 'path' ? '(.*)' : SLASHED_PARAMS.has(name) ? '(.+?)' : '([^/]+)';
  }
  return { pattern: new RegExp(`^${source}$`), names, specificity };
}

/** Matches request paths against GitHub's templates; the most specific template wins. */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes
      .map((route) => ({ route, ...compileTemplate(route.path) }))
      .sort((a, b) => b.specificity - a.specificity);
  }

  /** The route for method and raw (still percent-encoded) path; undefined answers 404 as GitHub does. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    for (const candidate of this.compiled) {
      if (candidate.route.method !== method) continue;
      const found = candidate.pattern.exec(rawPath);
      if (!found) continue;
      const params = decodeParams(candidate.names, found.slice(1));
      if (params) return { route: candidate.route, params };
    }
    return undefined;
  }

  routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }
}

function decodeParams(names: string[], values: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => (params[name] = decodeURIComponent(values[index] ?? '')));
  } catch {
    return undefined;
  }
  return params;
}
