import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { GitRepo } from '../src/git-repo.js';
import { ROUTE_MODULES } from '../src/routes/index.js';
import { EmulatorState } from '../src/state.js';

/** GitHub's published OpenAPI description (OpenAPI 3.0.3), validated against with ajv. */
const SPEC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

interface Operation {
  method: string;
  path: string;
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

interface Spec {
  paths: Record<string, Record<string, { operationId?: string } & Operation>>;
  components: Record<string, Record<string, unknown>>;
}

let loaded: { spec: Spec; operations: Map<string, Operation>; ajv: Ajv } | undefined;
const validators = new Map<string, ValidateFunction | null>();

/**
 * OpenAPI 3.0 -> JSON Schema: `nullable: true` becomes anyOf null, oneOf is read as anyOf, and
 * local $refs point into the spec's $id.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/'))
      out[key] = SPEC_ID + value;
    // GitHub's oneOf alternatives overlap (e.g. two loose error shapes): real answers match several.
    else if (key === 'oneOf') out.anyOf = toJsonSchema(value);
    else out[key] = toJsonSchema(value);
  }
  return (node as { nullable?: unknown }).nullable === true
    ? { anyOf: [out, { type: 'null' }] }
    : out;
}

function load() {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve(
    '@octokit/openapi/generated/api.github.com.json',
  );
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op?.operationId)
        operations.set(op.operationId, { ...op, method: method.toUpperCase(), path });
    }
  }
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ??
    formatsPlugin) as (a: Ajv) => void;
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: toJsonSchema(spec.components) });
  loaded = { spec, operations, ajv };
  return loaded;
}

/** The operation of the spec with this operationId (method upper-case, path template). */
export function specOperation(operationId: string): Operation | undefined {
  return load().operations.get(operationId);
}

function responseSchema(operation: Operation, status: number): unknown {
  const { spec } = load();
  let response = operation.responses[String(status)];
  if (response?.$ref)
    response = spec.components.responses?.[
      response.$ref.split('/').pop() as string
    ] as typeof response;
  if (!response) return undefined;
  const content = response.content ?? {};
  const type = Object.keys(content).find((name) => name.includes('json'));
  return type ? (content[type]?.schema ?? null) : null;
}

function validatorFor(operationId: string, status: number): ValidateFunction | null {
  const key = `${operationId} ${status}`;
  if (validators.has(key)) return validators.get(key) as ValidateFunction | null;
  const operation = specOperation(operationId);
  if (!operation)
    throw new Error(`operationId ${operationId} is not in GitHub's OpenAPI description`);
  const schema = responseSchema(operation, status);
  if (schema === undefined) {
    const documented = Object.keys(operation.responses).join(', ');
    throw new Error(
      `${operationId} does not document status ${status} (documented: ${documented})`,
    );
  }
  const validate = schema === null ? null : load().ajv.compile(toJsonSchema(schema) as object);
  validators.set(key, validate);
  return validate;
}

/**
 * Loads the spec once and returns a checker that throws a readable error when `body` is not what
 * GitHub documents for `operationId` answering `status` (or when that status is not documented).
 */
export async function contractValidator(): Promise<
  (operationId: string, status: number, body: unknown) => void
> {
  load();
  return (operationId, status, body) => {
    const validate = validatorFor(operationId, status);
    if (validate === null) {
      if (body !== undefined && body !== '') {
        throw new Error(
          `${operationId} ${status} documents no JSON body, got ${JSON.stringify(body).slice(0, 200)}`,
        );
      }
      return;
    }
    if (validate(body)) return;
    const problems = (validate.errors ?? [])
      .slice(0, 15)
      .map(
        (error) =>
          `  ${error.instancePath || '(root)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      );
    throw new Error(
      `${operationId} ${status}: the body does not match GitHub's schema:\n${problems.join('\n')}`,
    );
  };
}

/** Every route the emulator serves (control routes included, with operationId ''). */
export function routeTable(): Array<{
  method: string;
  path: string;
  operationId: string;
  control: boolean;
}> {
  const state = new EmulatorState({
    owner: 'octo-org',
    repo: 'infra-fleet',
    git: new GitRepo('/nonexistent'),
  });
  return ROUTE_MODULES.flatMap((module) => module(state)).map((route) => ({
    method: route.method,
    path: route.path,
    operationId: route.operationId,
    control: route.control === true,
  }));
}
