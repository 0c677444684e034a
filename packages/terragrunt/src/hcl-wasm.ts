import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { gunzipSync } from 'node:zlib';
// Go's js/wasm runtime support: defines globalThis.Go (no filesystem access; output goes to console).
import '@cdktn/hcl2json/wasm/wasm_exec.js';

type Callback = (error: string | null, result?: string) => void;
type Bridge = Record<string, (...args: [...string[], Callback]) => void>;

/** The parts of Go's runtime and of the WebAssembly global we use (Node's types declare neither). */
interface GoRuntime {
  Go: new () => { importObject: object; run(instance: object): Promise<void> };
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }> };
  __parse_terraform_config_wasm__?: Bridge;
}
const runtime = globalThis as unknown as GoRuntime;

/**
 * HashiCorp's HCL parser (via tmccombs/hcl2json) compiled to WASM, shipped by @cdktn/hcl2json.
 * We load it ourselves rather than through the package's entry point: that one finds the
 * WASM through `__dirname`, which does not exist once ncc bundles an action as ESM. A literal
 * `new URL(..., import.meta.url)` is what ncc recognises and copies next to the bundle.
 */
function wasmBytes(): Buffer {
  // Relative to this file in the monorepo (hoisted node_modules); ncc rewrites it in bundles.
  const url = new URL('../../../node_modules/@cdktn/hcl2json/main.wasm.gz', import.meta.url);
  return readFileSync(url);
}

let bridge: Promise<Bridge> | undefined;

async function start(): Promise<Bridge> {
  // V8's optimising tier spent 3-4x the parse time compiling this 7 MB module for a run that
  // parses a few hundred small files; the baseline compiler alone is faster end to end
  // (measured in bench/detect.ts; see docs/adr/0006-detect-performance.md). It applies to
  // WASM compiled after this point, i.e. this module only.
  setFlagsFromString('--liftoff-only');
  const go = new runtime.Go();
  const { instance } = await runtime.WebAssembly.instantiate(
    gunzipSync(wasmBytes()),
    go.importObject,
  );
  const functions: Bridge = {};
  runtime.__parse_terraform_config_wasm__ = functions;
  void go.run(instance);
  if (typeof functions.parse !== 'function') {
    throw new Error(
      'the @cdktn/hcl2json WASM did not register parse(); check the installed version (0.24.x)',
    );
  }
  return functions;
}

/** hcl2json's JSON text per content: units and base/head trees share most texts verbatim. */
const parsed = new Map<string, Promise<string>>();
// Written without a numeric separator or `??=`: ncc's asset relocator cannot parse either.
const PARSE_CACHE_LIMIT = 20000;

function parseOnce(filename: string, text: string): Promise<string> {
  // No `??=` in this file: ncc's asset relocator cannot parse it and would then mangle the WASM.
  if (!bridge) bridge = start();
  return bridge.then(
    (functions) =>
      new Promise<string>((resolve, reject) => {
        functions.parse!(filename, text, (error, json) =>
          error ? reject(new Error(error)) : resolve(json ?? 'null'),
        );
      }),
  );
}

/** Cached by content; a failure is not cached, so its diagnostics name the right file. */
function parseText(filename: string, text: string): Promise<string> {
  const cached = parsed.get(text);
  if (cached) return cached.catch(() => parseOnce(filename, text));
  const result = parseOnce(filename, text);
  if (parsed.size < PARSE_CACHE_LIMIT) parsed.set(text, result);
  return result;
}

/**
 * Parses HCL source into hcl2json's JSON; rejects with HCL's diagnostics (file:line,col). Each
 * distinct content is parsed once per process; callers get their own copy.
 */
export async function parseHcl(filename: string, text: string): Promise<unknown> {
  return JSON.parse(await parseText(filename, text));
}
