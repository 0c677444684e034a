import { ActionError } from '@infra-fleet/action-kit';

// One line of `sha256sum` output: 64 hex digits, a space, then ' ' (text) or '*' (binary), the name.
const LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

/**
 * Parses a SHA256SUMS file into file name -> lowercase hex digest. Lines that are not checksum
 * lines are skipped; a name listed twice with different digests is kept out (ambiguous).
 */
export function parseChecksums(text: string): Map<string, string> {
  const digests = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const raw of text.split('\n')) {
    const match = LINE.exec(raw.replace(/\r$/, ''));
    if (!match) continue;
    const digest = match[1]!.toLowerCase();
    const name = match[2]!;
    const known = digests.get(name);
    if (known !== undefined && known !== digest) ambiguous.add(name);
    digests.set(name, digest);
  }
  for (const name of ambiguous) digests.delete(name);
  return digests;
}

/** The digest listed for exactly `assetName`; an ActionError naming the file when there is none. */
export function expectedDigest(
  checksumsText: string,
  assetName: string,
  checksumsUrl: string,
): string {
  const digest = parseChecksums(checksumsText).get(assetName);
  if (digest === undefined) {
    throw new ActionError(`${checksumsUrl} lists no single SHA-256 checksum for ${assetName}.`, {
      hint: 'The release or mirror is incomplete or altered; nothing was installed. Check the download URL and version, or mirror the release again including its checksum file.',
    });
  }
  return digest;
}

/** Refuses a download whose digest is not the one its publisher vouches for. */
export function verifyDigest(
  actual: string,
  expected: string,
  what: { assetName: string; url: string; listedBy: string },
): void {
  if (actual.toLowerCase() === expected.toLowerCase()) return;
  throw new ActionError(
    `Checksum mismatch for ${what.url}: SHA-256 ${actual}, but ${what.listedBy} lists ${expected} for ${what.assetName}. It was not installed.`,
    {
      hint: 'The file was altered or corrupted on its way (mirror, proxy or cache). Re-run once; if it persists, do not work around it: check the mirror against the official release.',
    },
  );
}
