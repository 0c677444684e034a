import type { DigestTable } from './trust.js';

/**
 * Known-good SHA-256 digests of release assets, per tool, version and asset name. A listed asset
 * is checked against this table alone (no checksum file, no signature, no network for a cache
 * hit), and a release without a signature is installed only when its asset is listed here.
 *
 * Add an entry only from a checksum file whose signature verified with the publisher's pinned
 * key, for example from an install of that version by this action. It is empty: the digests of
 * the pinned defaults could not be taken from a verified download where this version was built,
 * so every release is verified through its signature.
 */
export const PINNED_DIGESTS: DigestTable = {};
