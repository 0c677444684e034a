import { isMap, type Value, type ValueMap } from './values.js';

type Shape = 'single' | 'labelled';

/** Terragrunt's blocks, as an exposed include shows them (TerragruntConfigAsCty). */
const BLOCKS: Record<string, Shape> = {
  terraform: 'single',
  remote_state: 'single',
  dependencies: 'single',
  exclude: 'single',
  errors: 'single',
  catalog: 'single',
  engine: 'single',
  dependency: 'labelled',
  generate: 'labelled',
  feature: 'labelled',
};
const TERRAFORM_BLOCKS: Record<string, Shape> = {
  extra_arguments: 'labelled',
  before_hook: 'labelled',
  after_hook: 'labelled',
  error_hook: 'labelled',
};

/**
 * An included config's body as `include.<name>` exposes it. hcl2json gives every block as a
 * list of bodies (`terraform: [{...}]`, `dependency: {vpc: [{...}]}`); Terragrunt exposes an
 * object (`include.root.terraform.source`) or a map by label (`include.root.dependency.vpc`).
 */
export function exposedBody(body: ValueMap): ValueMap {
  return reshape(body, BLOCKS);
}

function reshape(body: ValueMap, blocks: Record<string, Shape>): ValueMap {
  const out: ValueMap = { ...body };
  for (const [key, shape] of Object.entries(blocks)) {
    const value = body[key];
    if (value === undefined) continue;
    out[key] = shape === 'single' ? single(value) : labelled(value);
    if (key === 'terraform' && isMap(out[key])) out[key] = reshape(out[key], TERRAFORM_BLOCKS);
  }
  return out;
}

/** The block's body; repeated blocks merge, the last one winning. */
function single(value: Value): Value {
  if (!Array.isArray(value)) return value;
  const bodies = value.filter(isMap);
  return bodies.length ? Object.assign({}, ...bodies) : null;
}

function labelled(value: Value): Value {
  if (!isMap(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([label, bodies]) => [label, single(bodies)]),
  );
}
