import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { isWithin, realPathAllowingMissing } from '../src/real-paths.js';
import { readSmallRegularFile } from '../src/small-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'small-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readSmallRegularFile', () => {
  it('reads a small regular file; a missing path or a folder is missing', () => {
    writeFileSync(join(dir, 'v'), '1.0.2\n');
    mkdirSync(join(dir, 'folder'));
    expect(readSmallRegularFile(join(dir, 'v'), 1024)).toEqual({ kind: 'text', text: '1.0.2\n' });
    expect(readSmallRegularFile(join(dir, 'none'), 1024)).toEqual({ kind: 'missing' });
    expect(readSmallRegularFile(join(dir, 'v', 'below'), 1024)).toEqual({ kind: 'missing' });
    expect(readSmallRegularFile(join(dir, 'folder'), 1024)).toEqual({ kind: 'missing' });
  });

  it('refuses a symbolic link, even to a regular file, without reading through it', () => {
    writeFileSync(join(dir, 'real'), '1.0.2\n');
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    symlinkSync('/dev/zero', join(dir, 'zero'));
    for (const link of ['link', 'zero']) {
      expect(readSmallRegularFile(join(dir, link), 1024)).toEqual({
        kind: 'refused',
        reason: 'is a symbolic link',
      });
    }
  });

  it('refuses a FIFO without blocking, and a device', () => {
    const made = spawnSync('mkfifo', [join(dir, 'fifo')]);
    if (made.status === 0) {
      expect(readSmallRegularFile(join(dir, 'fifo'), 1024)).toEqual({
        kind: 'refused',
        reason: 'is not a regular file (a FIFO, socket or device)',
      });
    }
    expect(readSmallRegularFile('/dev/null', 1024)).toMatchObject({ kind: 'refused' });
  });

  it('refuses a file larger than the cap, reading at most one byte more', () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(1025));
    writeFileSync(join(dir, 'fits'), 'x'.repeat(1024));
    expect(readSmallRegularFile(join(dir, 'big'), 1024)).toEqual({
      kind: 'refused',
      reason: 'is larger than 1024 bytes',
    });
    expect(readSmallRegularFile(join(dir, 'fits'), 1024)).toMatchObject({ kind: 'text' });
  });
});

describe('real paths', () => {
  it('isWithin compares whole components', () => {
    expect(isWithin('/w/repo', '/w/repo')).toBe(true);
    expect(isWithin('/w/repo/a', '/w/repo')).toBe(true);
    expect(isWithin('/w/repo-other', '/w/repo')).toBe(false);
    expect(isWithin('/w', '/w/repo')).toBe(false);
  });

  it('resolves links in the existing part of a path that does not exist yet', () => {
    mkdirSync(join(dir, 'outside'));
    symlinkSync(join(dir, 'outside'), join(dir, 'link'));
    expect(realPathAllowingMissing(join(dir, 'link', 'plans', 'x'))).toBe(
      join(realPathAllowingMissing(dir)!, 'outside', 'plans', 'x'),
    );
  });

  it('gives nothing for a link to nothing: creating the path would create its target', () => {
    symlinkSync(join(dir, 'nowhere', 'target'), join(dir, 'dangling'));
    expect(realPathAllowingMissing(join(dir, 'dangling'))).toBeUndefined();
    expect(realPathAllowingMissing(join(dir, 'dangling', 'plans'))).toBeUndefined();
  });
});
