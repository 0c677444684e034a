import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { FleetConfigError, parseFleetConfig } from '../src/index.js';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../infra-fleet.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const accepted = (text: string) => {
  try {
    parseFleetConfig(text);
    return true;
  } catch (error) {
    if (error instanceof FleetConfigError) return false;
    throw error;
  }
};

/** The schema (for editors) and the validator (for the actions) must agree. */
describe('infra-fleet.schema.json', () => {
  it.each([
    ['environments: [staging, production]\n', true],
    ['infrastructure:\n  root: "."\n  environments: "*/*/{env}"\n', true],
    ['k8s:\n  overlays: "apps/{app}/overlays/{env}"\n', true],
    ['apps:\n  api:\n    image: ghcr.io/acme/api\n    status-contexts: ["flux/{env}/x"]\n', true],
    ['infrastructure:\n  shared: [permanent, global]\n', true],
    ['enviroments: [staging]\n', false],
    ['infrastructure:\n  environments: "environments/*"\n', false],
    ['k8s:\n  overlays: "{env}/{env}"\n', false],
    ['k8s:\n  clusters: "clusters/env-{env}"\n', false],
    ['k8s:\n  root: ../x\n', false],
    ['environments: ["$(touch x)"]\n', false],
    ['apps:\n  api:\n    imagee: x\n', false],
    ['apps:\n  "a b": {}\n', false],
    [
      'github-environments:\n  production:\n    reviewers: [maria, octo-org/sre]\n    wait-timer: 5\n    deploy-from: { branches: [main], tags: ["v*"] }\n    secrets: [AWS_ROLE]\n',
      true,
    ],
    ['github-environments:\n  staging:\n    wait-timer: -1\n', false],
    ['github-environments:\n  staging:\n    reviewer: [maria]\n', false],
    ['github-environments:\n  staging:\n    secrets: [GITHUB_TOKEN]\n', false],
    ['github-environments:\n  staging:\n    deploy-from: { tag: ["v*"] }\n', false],
  ])('%j -> %s', (text, valid) => {
    expect(validate(parse(text) ?? {})).toBe(valid);
    expect(accepted(text)).toBe(valid);
  });
});
