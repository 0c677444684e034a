import { describe, expect, it } from '@jest/globals';
import { dockerReference } from '../src/references.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('dockerReference', () => {
  it.each([
    ['ghcr.io/acme/api:v1.2.3', { name: 'ghcr.io/acme/api', tag: 'v1.2.3' }],
    ['api:1.10', { name: 'api', tag: '1.10' }],
    ['localhost:5000/team/app:v2', { name: 'localhost:5000/team/app', tag: 'v2' }],
    [`ghcr.io/acme/api@${DIGEST}`, { name: 'ghcr.io/acme/api', digest: DIGEST }],
    [`api:v1@${DIGEST}`, { name: 'api', tag: 'v1', digest: DIGEST }],
  ])('splits %j', (value, expected) => {
    expect(dockerReference(value)).toEqual(expected);
  });

  it.each(['ghcr.io/acme/api', 'localhost:5000/app', 'api:', 'api:$(id)', 'api@sha256:short'])(
    'leaves %j alone (a name, a registry port, or parts that are not valid)',
    (value) => {
      expect(dockerReference(value)).toBeUndefined();
    },
  );
});
