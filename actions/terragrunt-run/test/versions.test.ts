import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ActionError, InputError } from '@infra-fleet/action-kit';
import {
  DEFAULT_OPENTOFU_VERSION,
  DEFAULT_TERRAGRUNT_VERSION,
  describeVersionSource,
  RefusedFileError,
  resolveToolVersions,
  type ResolveVersionsRequest,
} from '../src/versions.js';

const WORKSPACE = '/work/repo';
const ENV_DIR = 'infrastructure/environments/staging';

/** Version files as a map of absolute path -> text; readFile also records what was asked for. */
function resolveWith(
  files: Record<string, string>,
  request: Partial<ResolveVersionsRequest> = {},
): ReturnType<typeof resolveToolVersions> & { asked: string[] } {
  const asked: string[] = [];
  const result = resolveToolVersions({
    workingDirectory: ENV_DIR,
    workspace: WORKSPACE,
    readFile: (path) => {
      asked.push(path);
      return files[path];
    },
    ...request,
  });
  return { ...result, asked };
}

function actionError(run: () => unknown): ActionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ActionError) return error;
    throw error;
  }
  throw new Error('expected an ActionError');
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('resolveToolVersions', () => {
  it('uses the pinned defaults when nothing names a version', () => {
    const result = resolveWith({});
    expect(result.terragrunt).toBe(DEFAULT_TERRAGRUNT_VERSION);
    expect(result.opentofu).toBe(DEFAULT_OPENTOFU_VERSION);
    expect(result.sources).toEqual({
      terragrunt: { kind: 'default' },
      opentofu: { kind: 'default' },
    });
  });

  it('pins real releases: Terragrunt 1.x, OpenTofu 1.10 or later', () => {
    expect(DEFAULT_TERRAGRUNT_VERSION).toMatch(/^1\.\d+\.\d+$/);
    const [major, minor] = DEFAULT_OPENTOFU_VERSION.split('.').map(Number);
    expect(major === 1 && minor! >= 10).toBe(true);
  });

  it('takes the nearest version file, walking from the working directory up', () => {
    const result = resolveWith({
      [`${WORKSPACE}/.terragrunt-version`]: '1.0.0\n',
      [`${WORKSPACE}/infrastructure/.terragrunt-version`]: '1.0.1\n',
      [`${WORKSPACE}/infrastructure/environments/.opentofu-version`]: 'v1.10.6\n',
    });
    expect(result.terragrunt).toBe('1.0.1');
    expect(result.opentofu).toBe('1.10.6');
    expect(result.sources).toEqual({
      terragrunt: { kind: 'file', path: 'infrastructure/.terragrunt-version' },
      opentofu: { kind: 'file', path: 'infrastructure/environments/.opentofu-version' },
    });
  });

  it('reads the working directory itself first, and an absolute working directory too', () => {
    const result = resolveWith(
      {
        [`${WORKSPACE}/${ENV_DIR}/.terragrunt-version`]: '1.0.3',
        [`${WORKSPACE}/.terragrunt-version`]: '1.0.0',
      },
      { workingDirectory: `${WORKSPACE}/${ENV_DIR}` },
    );
    expect(result.terragrunt).toBe('1.0.3');
    expect(result.sources.terragrunt).toEqual({
      kind: 'file',
      path: `${ENV_DIR}/.terragrunt-version`,
    });
  });

  it('never reads above the workspace', () => {
    const result = resolveWith({
      '/work/.terragrunt-version': '1.0.9',
      '/.opentofu-version': '1.10.0',
    });
    expect(result.terragrunt).toBe(DEFAULT_TERRAGRUNT_VERSION);
    expect(result.opentofu).toBe(DEFAULT_OPENTOFU_VERSION);
    expect(result.asked.every((path) => path.startsWith(`${WORKSPACE}/`))).toBe(true);
    expect(result.asked).toContain(`${WORKSPACE}/.terragrunt-version`);
  });

  it('reads nothing when the working directory lies outside the workspace', () => {
    const result = resolveWith({}, { workingDirectory: '../elsewhere' });
    expect(result.asked).toEqual([]);
  });

  it('lets the inputs win over version files', () => {
    const result = resolveWith(
      {
        [`${WORKSPACE}/.terragrunt-version`]: '1.0.0',
        [`${WORKSPACE}/.opentofu-version`]: '1.10.0',
      },
      { terragruntInput: ' v1.0.4 ', opentofuInput: '1.11.0-rc1' },
    );
    expect(result.terragrunt).toBe('1.0.4');
    expect(result.opentofu).toBe('1.11.0-rc1');
    expect(result.sources.terragrunt).toEqual({ kind: 'input', input: 'terragrunt-version' });
    expect(result.sources.opentofu).toEqual({ kind: 'input', input: 'opentofu-version' });
  });

  it('treats an empty input as not given', () => {
    const result = resolveWith({}, { terragruntInput: '  ', opentofuInput: '' });
    expect(result.sources.terragrunt.kind).toBe('default');
    expect(result.sources.opentofu.kind).toBe('default');
  });

  it('skips comments and blank lines in a version file', () => {
    const result = resolveWith({
      [`${WORKSPACE}/.opentofu-version`]: '# pinned for the platform team\n\n  1.10.7  \r\n1.9.0\n',
    });
    expect(result.opentofu).toBe('1.10.7');
  });

  it.each([
    ['1.0', 'is not a version of the form X.Y.Z'],
    ['latest', 'is not a version of the form X.Y.Z'],
    ['~> 1.0', 'is not a version of the form X.Y.Z'],
    ['1.0.2+build.5', 'is not a version of the form X.Y.Z'],
    ['01.0.2', 'is not a version of the form X.Y.Z'],
    ['1.0.2-', 'is not a version of the form X.Y.Z'],
    ['1.0.2/../../x', 'is not a version of the form X.Y.Z'],
    ['0.99.1', 'is not a Terragrunt 1.x version'],
    ['2.0.0', 'is not a Terragrunt 1.x version'],
  ])('refuses terragrunt-version %j', (value, problem) => {
    const error = inputError(() => resolveWith({}, { terragruntInput: value }));
    expect(error.input).toBe('terragrunt-version');
    expect(error.message).toContain(JSON.stringify(value));
    expect(error.message).toContain("(from input 'terragrunt-version')");
    expect(error.message).toContain(problem);
    expect(error.hint).toContain('Set terragrunt-version to an exact Terragrunt 1.x version');
  });

  it('names the version file and how to fix it when the file holds a bad version', () => {
    const error = actionError(() =>
      resolveWith({ [`${WORKSPACE}/infrastructure/.terragrunt-version`]: '0.77.0\n' }),
    );
    expect(error.message).toBe(
      'infrastructure/.terragrunt-version: its version 0.77.0 is not a Terragrunt 1.x version.',
    );
    expect(error.hint).toBe(
      `Put an exact Terragrunt 1.x version in infrastructure/.terragrunt-version, e.g. ${DEFAULT_TERRAGRUNT_VERSION}, or remove it to use the pinned default. Blank lines and # comments are skipped.`,
    );
  });

  it('never quotes a version file whose first line is not a version', () => {
    for (const text of ['root:x:0:0:root:/root:/bin/bash\n', 'AWS_SECRET=abc\0def', '\n# none\n']) {
      const error = actionError(() => resolveWith({ [`${WORKSPACE}/.opentofu-version`]: text }));
      expect(error.message).toBe(
        '.opentofu-version: its first line is not a version of the form X.Y.Z (optionally with a pre-release, e.g. 1.2.0-rc1).',
      );
    }
  });

  it('fails, naming the file, when the reader refuses it', () => {
    const error = actionError(() =>
      resolveToolVersions({
        workingDirectory: ENV_DIR,
        workspace: WORKSPACE,
        readFile: (path) => {
          if (path.endsWith(`${ENV_DIR}/.terragrunt-version`)) {
            throw new RefusedFileError('is a symbolic link');
          }
          return undefined;
        },
      }),
    );
    expect(error.message).toBe(
      `${ENV_DIR}/.terragrunt-version is a symbolic link; a version file is read only when it is a regular file of the repository of at most 1024 bytes.`,
    );
  });

  it('refuses an OpenTofu version older than its first release', () => {
    const error = inputError(() => resolveWith({}, { opentofuInput: '1.5.7' }));
    expect(error.message).toContain('older than OpenTofu 1.6.0');
  });

  it('accepts OpenTofu pre-releases and 1.6 onwards', () => {
    expect(resolveWith({}, { opentofuInput: '1.6.0-alpha1' }).opentofu).toBe('1.6.0-alpha1');
    expect(resolveWith({}, { opentofuInput: 'v1.12.0-beta2' }).opentofu).toBe('1.12.0-beta2');
  });
});

describe('resolveToolVersions on the file system', () => {
  it('reads real version files when no readFile is given', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'tg-versions-'));
    try {
      mkdirSync(join(workspace, ENV_DIR), { recursive: true });
      mkdirSync(join(workspace, ENV_DIR, '.opentofu-version')); // a folder: not a version file
      writeFileSync(join(workspace, 'infrastructure', '.terragrunt-version'), '1.0.1\n');
      writeFileSync(join(workspace, '.opentofu-version'), '1.10.2\n');

      const result = resolveToolVersions({ workingDirectory: ENV_DIR, workspace });

      expect(result.terragrunt).toBe('1.0.1');
      expect(result.opentofu).toBe('1.10.2');
      expect(result.sources.opentofu).toEqual({ kind: 'file', path: '.opentofu-version' });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});

describe('describeVersionSource', () => {
  it('reads well in messages', () => {
    expect(describeVersionSource({ kind: 'input', input: 'opentofu-version' })).toBe(
      "input 'opentofu-version'",
    );
    expect(describeVersionSource({ kind: 'file', path: 'infrastructure/.opentofu-version' })).toBe(
      'infrastructure/.opentofu-version',
    );
    expect(describeVersionSource({ kind: 'default' })).toBe('the pinned default');
  });
});
