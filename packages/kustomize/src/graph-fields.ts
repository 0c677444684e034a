import { parseAllDocuments } from 'yaml';
import {
  chartValues,
  generatorFiles,
  isInlineYaml,
  scanPluginConfig,
  strategicMergePaths,
} from './graph-plugins.js';
import { entryName, isObj, Scan } from './graph-scan.js';

type Field = (scan: Scan, value: unknown) => void;

/** Every kustomization field that names local files, and how each is read. */
const FIELDS: Record<string, Field> = {
  resources: (s, v) => s.paths(v, 'resources', 'resource'),
  bases: (s, v) => s.paths(v, 'bases', 'resource'),
  components: (s, v) => s.paths(v, 'components', 'resource'),
  crds: (s, v) => s.paths(v, 'crds', 'file'),
  configurations: (s, v) => s.paths(v, 'configurations', 'file'),
  patches: (s, v) => s.pathFields(v, 'patches', 'file'),
  patchesJson6902: (s, v) => s.pathFields(v, 'patchesJson6902', 'file'),
  patchesStrategicMerge: (s, v) => strategicMergePaths(s, v, 'patchesStrategicMerge'),
  replacements: (s, v) => s.pathFields(v, 'replacements', 'file'),
  configMapGenerator: (s, v) => generators(s, v, 'configMapGenerator'),
  secretGenerator: (s, v) => generators(s, v, 'secretGenerator'),
  openapi: (s, v) => {
    const openapi = s.object(v, 'openapi');
    if (openapi?.path !== undefined && openapi.path !== null)
      s.path('openapi', openapi.path, 'file');
  },
  generators: (s, v) => plugins(s, v, 'generators'),
  transformers: (s, v) => plugins(s, v, 'transformers'),
  validators: (s, v) => plugins(s, v, 'validators'),
  helmChartInflationGenerator: legacyHelm,
};

/** The paths a parsed kustomization names (relative to its dir), and what is malformed. */
export function scanKustomization(doc: unknown): Scan {
  const scan = new Scan();
  if (doc === undefined || doc === null) return scan;
  if (!isObj(doc)) {
    scan.problems.push('the document root is not a mapping; a kustomization is a YAML mapping');
    return scan;
  }
  for (const [field, read] of Object.entries(FIELDS)) read(scan, doc[field]);
  helm(scan, doc.helmCharts, doc.helmGlobals);
  return scan;
}

function generators(scan: Scan, value: unknown, field: string): void {
  for (const entry of scan.objects(value, field)) {
    generatorFiles(scan, entry, `${field} ${entryName(entry, 'name')}`);
  }
}

/** Entries are config files, kustomization dirs, or inline YAML configs. */
function plugins(scan: Scan, value: unknown, field: string): void {
  for (const entry of scan.list(value, field)) {
    if (!isInlineYaml(entry)) {
      scan.path(field, entry, 'plugin');
      continue;
    }
    for (const doc of parseAllDocuments(entry)) {
      const error = doc.errors[0];
      if (error)
        scan.problems.push(`an inline \`${field}\` entry is invalid YAML: ${error.message}`);
      else scanPluginConfig(scan, doc.toJS(), `${field} inline `);
    }
  }
}

/** helmCharts values files, and the chart home (default `charts`) holding local charts. */
function helm(scan: Scan, chartsValue: unknown, globalsValue: unknown): void {
  const charts = scan.objects(chartsValue, 'helmCharts');
  for (const chart of charts) {
    chartValues(scan, chart, `helmCharts ${entryName(chart, 'name', 'releaseName')}`);
  }
  const home = scan.object(globalsValue, 'helmGlobals')?.chartHome;
  if (charts.length === 0 && (home === undefined || home === null)) return;
  // Charts with a repo are pulled when absent, so a missing chart home is then fine.
  const expect = charts.some((chart) => !chart.repo) ? 'tree' : 'optional-tree';
  if (home !== undefined && home !== null) scan.path('helmGlobals chartHome', home, expect);
  else scan.refs.push({ hop: 'helmGlobals chartHome charts (default)', path: 'charts', expect });
}

/** The pre-v4 `helmChartInflationGenerator` field. */
function legacyHelm(scan: Scan, value: unknown): void {
  for (const entry of scan.objects(value, 'helmChartInflationGenerator')) {
    const prefix = `helmChartInflationGenerator ${entryName(entry, 'chartName', 'releaseName')}`;
    if (entry.values !== undefined && entry.values !== null) {
      scan.path(`${prefix} values`, entry.values, 'file');
    }
    if (entry.chartHome !== undefined && entry.chartHome !== null) {
      const expect = entry.chartRepoUrl ? 'optional-tree' : 'tree';
      scan.path(`${prefix} chartHome`, entry.chartHome, expect);
    }
  }
}
