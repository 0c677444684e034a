import { posix } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { RefSpec } from './graph-model.js';
import { entryName, isObj, type Obj } from './graph-scan.js';
import { tooLargeToParse } from './graph-tree.js';

const FLUX_API = 'kustomize.toolkit.fluxcd.io/';

/** What the Flux Kustomizations in one manifest file apply. Their paths are repo-relative. */
export interface FluxScan {
  refs: RefSpec[];
  remote: string[];
  problems: string[];
}

export function scanFluxKustomizations(file: string, text: string): FluxScan {
  const scan: FluxScan = { refs: [], remote: [], problems: [] };
  if (!text.includes(FLUX_API)) return scan;
  const tooLarge = tooLargeToParse(file, text);
  if (tooLarge) {
    scan.problems.push(`${tooLarge} (it may hold Flux Kustomizations)`);
    return scan;
  }
  for (const doc of parseAllDocuments(text)) {
    const error = doc.errors[0];
    if (error)
      scan.problems.push(`invalid YAML, so its Flux objects cannot be read: ${error.message}`);
    else fluxKustomization(scan, doc.toJS());
  }
  return scan;
}

function fluxKustomization(scan: FluxScan, object: unknown): void {
  if (!isObj(object) || object.kind !== 'Kustomization') return;
  if (typeof object.apiVersion !== 'string' || !object.apiVersion.startsWith(FLUX_API)) return;
  const name = entryName(isObj(object.metadata) ? object.metadata : {}, 'name');
  const spec: Obj = isObj(object.spec) ? object.spec : {};
  const path = spec.path;
  if (typeof path !== 'string' || path.trim() === '') {
    scan.problems.push(
      `Flux Kustomization ${name} has no spec.path, so it applies its whole source; set spec.path`,
    );
    return;
  }
  const source: Obj = isObj(spec.sourceRef) ? spec.sourceRef : {};
  if (source.kind !== undefined && source.kind !== 'GitRepository') {
    // An OCI artifact or bucket is built elsewhere; the tree does not hold what it applies.
    scan.remote.push(`${String(source.kind)}/${String(source.name)} ${path}`);
    return;
  }
  const hop = `flux Kustomization ${name}`;
  scan.refs.push({ hop: `${hop} spec.path ${path}`, path, expect: 'flux' });
  componentRefs(scan, spec.components, path, hop);
}

/** spec.components are kustomize Components, relative to spec.path. */
function componentRefs(scan: FluxScan, components: unknown, path: string, hop: string): void {
  if (!Array.isArray(components)) return;
  for (const component of components) {
    if (typeof component !== 'string') continue;
    const joined = posix.join(path, component);
    scan.refs.push({ hop: `${hop} spec.components ${component}`, path: joined, expect: 'flux' });
  }
}
