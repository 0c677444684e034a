// @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which plain
// Node refuses (ERR_IMPORT_ATTRIBUTE_MISSING). This hook serves such JSON files as ES modules.
// Register it with module.register before importing the parser; tsx and Jest need no hook.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (
    url.startsWith('file:') &&
    url.endsWith('.json') &&
    context.importAttributes?.type !== 'json'
  ) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
