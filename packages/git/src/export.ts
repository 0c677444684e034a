import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BlobReader } from './blob-reader.js';
import type { Git } from './git.js';
import { normalizeRepoPath } from './refs.js';
import { SYMLINK_MODE, type TreeEntry } from './tree.js';

const fileMode = (entry: TreeEntry) => (entry.mode === '100755' ? 0o755 : 0o644);
/** Files written at once: enough to keep cat-file busy, few enough for any open-file limit. */
const BATCH = 64;

/**
 * Writes blob entries under `dir` with the bytes git stores: checkout-index would run the
 * filters and attributes the checkout names. Regular files first, symlinks last, so no file is
 * ever written through a link (a crafted tree may hold a link and a folder of the same name).
 */
export async function writeEntries(git: Git, dir: string, entries: readonly TreeEntry[]) {
  const reader = new BlobReader(git);
  const target = (entry: TreeEntry) => join(dir, ...normalizeRepoPath(entry.name).split('/'));
  try {
    const files = entries.filter((entry) => entry.mode !== SYMLINK_MODE);
    const write = async (entry: TreeEntry) => {
      const [bytes] = await Promise.all([
        reader.read(entry.oid),
        mkdir(dirname(target(entry)), { recursive: true }),
      ]);
      await writeFile(target(entry), bytes, { mode: fileMode(entry), flag: 'wx' });
    };
    for (let start = 0; start < files.length; start += BATCH)
      await Promise.all(files.slice(start, start + BATCH).map(write));
    for (const entry of entries.filter((e) => e.mode === SYMLINK_MODE)) {
      const link = (await reader.read(entry.oid)).toString('utf8');
      await mkdir(dirname(target(entry)), { recursive: true });
      await symlink(link, target(entry));
    }
  } finally {
    reader.close();
  }
}
