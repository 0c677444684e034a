import { describe, expect, it } from '@jest/globals';
import { sensitiveValues } from '../src/plan-secrets.js';
import { createRedactor, redact, secretForms } from '../src/redact.js';
import { isSecretName, secretValues, urlPasswords } from '../src/secrets.js';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('redact', () => {
  it('replaces a secret in every common form, whatever its case', () => {
    const secret = 'p@ss"w0rd\\<x>&y';
    const text = [
      secret,
      secret.toUpperCase(),
      secret.toLowerCase(),
      JSON.stringify(secret),
      JSON.stringify(secret)
        .replace('<', '\\u003c')
        .replace('>', '\\u003e')
        .replace('&', '\\u0026'),
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64').replace(/=+$/, ''),
      Buffer.from(secret).toString('base64url'),
    ].join(' | ');
    expect(redact(text, [secret])).toBe(
      ['***', '***', '***', '"***"', '"***"', '***', '***', '***', '***'].join(' | '),
    );
  });

  it('covers base64 and upper case of a 40-character key', () => {
    const text = `a ${Buffer.from(KEY).toString('base64')} b ${KEY.toUpperCase()} c`;
    expect(redact(text, [KEY])).toBe('a *** b *** c');
  });

  it('keeps short values and boolean words, which would hide ordinary text', () => {
    expect(redact('abc true TRUE yes', ['abc', 'true', 'yes'])).toBe('abc true TRUE yes');
    expect(secretForms('ab\ncd-line')).toContain('cd-line');
  });

  it('builds its pattern once for many texts', () => {
    const redactor = createRedactor(['token-1234']);
    expect(['x token-1234', 'TOKEN-1234 y'].map(redactor)).toEqual(['x ***', '*** y']);
  });
});

describe('secretValues', () => {
  it('takes secret-looking names: whole words for short ones, anywhere for long ones', () => {
    for (const name of [
      'DB_PASS',
      'DB_PASSWORD',
      'MYSQL_PWD',
      'SSH_PRIVATE_KEY',
      'TF_VAR_api_secret',
      'TF_VAR_deploy_key',
      'GH_PAT',
      'REDIS_AUTH',
      'TF_TOKEN_app_terraform_io',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'OPENAI_APIKEY',
    ]) {
      expect([name, isSecretName(name)]).toEqual([name, true]);
    }
    for (const name of ['PWD', 'OLDPWD', 'KEYBOARD_LAYOUT', 'PASSENGER_ID', 'HOME', 'AWS_REGION']) {
      expect([name, isSecretName(name)]).toEqual([name, false]);
    }
  });

  it('takes the password of any URL with credentials, raw and decoded', () => {
    expect(urlPasswords('postgres://app:s3cr%40t-pw@db.internal:5432/app')).toEqual([
      's3cr%40t-pw',
      's3cr@t-pw',
    ]);
    expect(urlPasswords('https://db.internal/app')).toEqual([]);
    expect(urlPasswords('not a url')).toEqual([]);
    const env = {
      DATABASE_URL: 'postgres://app:hunter2-long@db/app',
      DB_PASS: 'pa55-word',
      X: 'true',
    };
    expect(secretValues(env)).toEqual(['hunter2-long', 'pa55-word']);
  });
});

describe('sensitiveValues of a plan JSON', () => {
  it('takes values marked sensitive in changes, drift, outputs and sensitive variables', () => {
    const plan = {
      resource_changes: [
        {
          change: {
            before: { password: 'old-password', name: 'db' },
            after: { password: 'new-password', name: 'db', tags: { a: 'tag-secret' } },
            before_sensitive: { password: true },
            after_sensitive: { password: true, tags: true },
          },
        },
      ],
      resource_drift: [
        {
          change: {
            after: { list: ['drifted-1', 'plain'] },
            after_sensitive: { list: [true, false] },
          },
        },
      ],
      output_changes: {
        conn: { before: null, after: { port: 54321, user: 'admin-user' }, after_sensitive: true },
      },
      planned_values: { outputs: { key: { sensitive: true, value: 'output-secret' } } },
      variables: { db_password: { value: 'variable-secret' }, region: { value: 'eu-west-2' } },
      configuration: { root_module: { variables: { db_password: { sensitive: true } } } },
    };
    expect(sensitiveValues(plan).sort()).toEqual(
      [
        'old-password',
        'new-password',
        'tag-secret',
        'drifted-1',
        '54321',
        'admin-user',
        'output-secret',
        'variable-secret',
      ].sort(),
    );
  });

  it('takes nothing from a plan without sensitive markers, or from no plan', () => {
    expect(sensitiveValues({ resource_changes: [{ change: { after: { a: 'b' } } }] })).toEqual([]);
    expect(sensitiveValues(null)).toEqual([]);
  });
});
