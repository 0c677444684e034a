import { parseAllDocuments } from 'yaml';
import { entryName, isObj, Scan, type Obj } from './graph-scan.js';

/**
 * True when kustomize would read the entry as inline YAML rather than a path: it tries the
 * string as manifests first, and only a mapping document is a manifest.
 */
export function isInlineYaml(entry: unknown): entry is string {
  if (typeof entry !== 'string' || !/[\n:{]/.test(entry)) return false;
  const docs = parseAllDocuments(entry);
  return docs.some((doc) => doc.errors.length === 0 && isObj(doc.toJS()));
}

/** Paths of a strategic-merge patch list whose entries may be files or inline patches. */
export function strategicMergePaths(scan: Scan, value: unknown, where: string): void {
  for (const entry of scan.list(value, where)) {
    if (!isInlineYaml(entry)) scan.path(where, entry, 'file');
  }
}

/** `files` (path or key=path), `envs` and `env` of a ConfigMap/Secret generator. */
export function generatorFiles(scan: Scan, entry: Obj, prefix: string): void {
  for (const source of scan.list(entry.files, `${prefix} files`)) {
    fileSource(scan, source, `${prefix} files`);
  }
  scan.paths(entry.envs, `${prefix} envs`, 'file');
  if (entry.env !== undefined && entry.env !== null) scan.path(`${prefix} env`, entry.env, 'file');
}

/** Mirrors kustomize's ParseFileSource: 'path' or 'key=path', never more than one '='. */
function fileSource(scan: Scan, source: unknown, where: string): void {
  if (typeof source !== 'string' || !source.includes('=')) {
    scan.path(where, source, 'file');
    return;
  }
  const separator = source.indexOf('=');
  if (separator !== source.lastIndexOf('=') || separator === 0 || source.endsWith('=')) {
    scan.problems.push(`\`${where}\` entry "${source}" is neither "path" nor "key=path"`);
    return;
  }
  scan.refs.push({ hop: `${where} ${source}`, path: source.slice(separator + 1), expect: 'file' });
}

/** Values files of a helm chart entry (helmCharts, or the HelmChartInflationGenerator config). */
export function chartValues(scan: Scan, chart: Obj, prefix: string): void {
  if (chart.valuesFile !== undefined && chart.valuesFile !== null) {
    scan.path(`${prefix} valuesFile`, chart.valuesFile, 'file');
  }
  scan.paths(chart.additionalValuesFiles, `${prefix} additionalValuesFiles`, 'file');
}

type Builtin = (scan: Scan, config: Obj, prefix: string) => void;

function optionalPath(scan: Scan, value: unknown, hop: string): void {
  if (value !== undefined && value !== null) scan.path(hop, value, 'file');
}

/** Builtin plugin configs (`apiVersion: builtin`) that name files, by kind. */
const BUILTINS: Record<string, Builtin> = {
  PatchTransformer: (s, c, p) => optionalPath(s, c.path, `${p} path`),
  PatchJson6902Transformer: (s, c, p) => optionalPath(s, c.path, `${p} path`),
  PatchStrategicMergeTransformer: (s, c, p) => strategicMergePaths(s, c.paths, `${p} paths`),
  ConfigMapGenerator: generatorFiles,
  SecretGenerator: generatorFiles,
  ReplacementTransformer: (s, c, p) => s.pathFields(c.replacements, `${p} replacements`, 'file'),
  HelmChartInflationGenerator: (s, c, p) => {
    chartValues(s, c, p);
    if (c.chartHome !== undefined && c.chartHome !== null) {
      s.path(`${p} chartHome`, c.chartHome, c.repo ? 'optional-tree' : 'tree');
    }
  },
};

/**
 * The files one generator/transformer/validator config names. Paths in it are relative to
 * the kustomization that lists the config. `prefix` starts each hop.
 */
export function scanPluginConfig(scan: Scan, config: unknown, prefix: string): void {
  if (!isObj(config)) return;
  const label = `${prefix}${String(config.kind)} ${entryName(asObj(config.metadata), 'name')}`;
  const builtin = config.apiVersion === 'builtin' ? BUILTINS[String(config.kind)] : undefined;
  builtin?.(scan, config, label);
  execPath(scan, config, label);
}

function asObj(value: unknown): Obj {
  return isObj(value) ? value : {};
}

/** A KRM exec function runs a local executable: `config.kubernetes.io/function: exec: {path}`. */
function execPath(scan: Scan, config: Obj, label: string): void {
  const annotations = asObj(asObj(config.metadata).annotations);
  const spec = annotations['config.kubernetes.io/function'];
  if (typeof spec !== 'string') return;
  const docs = parseAllDocuments(spec);
  const exec = asObj(asObj(docs[0]?.toJS()).exec);
  if (exec.path !== undefined) scan.path(`${label} exec path`, exec.path, 'file');
}
