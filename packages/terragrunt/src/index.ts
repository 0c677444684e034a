export { buildTerragruntGraph, targetOf } from './graph.js';
export type { GraphProblem, Reference, TerragruntGraph, TerragruntUnit } from './types.js';
