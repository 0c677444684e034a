import { describe, expect, it } from '@jest/globals';
import { contractValidator, routeTable, specOperation } from './contract.js';

describe('route table', () => {
  const routes = routeTable();

  it('registers every API route under its GitHub operationId, method and path template', () => {
    const api = routes.filter((route) => !route.control);
    expect(api.length).toBeGreaterThan(20);
    const mismatches = api.flatMap((route) => {
      const op = specOperation(route.operationId);
      if (!op) return [`${route.operationId}: not in the spec`];
      if (op.method !== route.method || op.path !== route.path) {
        return [
          `${route.operationId}: emulator ${route.method} ${route.path}, spec ${op.method} ${op.path}`,
        ];
      }
      return [];
    });
    expect(mismatches).toEqual([]);
  });

  it('keeps control routes under /_emulator/ and never registers a method+path twice', () => {
    for (const route of routes.filter((r) => r.control)) {
      expect(route.path).toMatch(/^\/_emulator\//);
      expect(route.operationId).toBe('');
    }
    const keys = routes.map((route) => `${route.method} ${route.path}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('serves the operations issue 3 asks for', () => {
    const ids = new Set(routes.map((route) => route.operationId));
    for (const id of [
      'repos/get',
      'repos/get-content',
      'repos/get-branch',
      'repos/compare-commits',
      'git/create-blob',
      'git/create-tree',
      'git/create-commit',
      'git/get-ref',
      'git/create-ref',
      'git/update-ref',
      'repos/create-commit-status',
      'repos/get-combined-status-for-ref',
      'rate-limit/get',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('contract validator', () => {
  it('accepts a body of the documented shape and names what is wrong with others', async () => {
    const check = await contractValidator();
    const ref = {
      ref: 'refs/heads/main',
      node_id: 'x',
      url: 'http://127.0.0.1/x',
      object: { type: 'commit', sha: 'a'.repeat(40), url: 'http://127.0.0.1/y' },
    };
    expect(() => check('git/get-ref', 200, ref)).not.toThrow();
    expect(() =>
      check('git/get-ref', 200, { ...ref, object: { ...ref.object, sha: 'short' } }),
    ).toThrow(/\/object\/sha must NOT have fewer than 40 characters/);
    expect(() => check('git/get-ref', 200, { ...ref, node_id: undefined })).toThrow(
      /must have required property 'node_id'/,
    );
    expect(() => check('git/get-ref', 201, ref)).toThrow(/does not document status 201/);
    expect(() => check('no/such-operation', 200, ref)).toThrow(
      /not in GitHub's OpenAPI description/,
    );
    expect(() => check('git/delete-ref', 204, undefined)).not.toThrow();
  });

  it('reads OpenAPI nullable fields as allowing null, and only them', async () => {
    const check = await contractValidator();
    const blob = {
      url: 'http://127.0.0.1/b',
      sha: 'a'.repeat(40),
      node_id: 'n',
      size: null,
      content: '',
      encoding: 'base64',
    };
    expect(() => check('git/get-blob', 200, blob)).not.toThrow();
    expect(() => check('git/get-blob', 200, { ...blob, content: null })).toThrow(
      /\/content must be string/,
    );
  });
});
