import { InputError } from '@infra-fleet/action-kit';

/** What one image should become: undefined leaves that part alone, null clears it. */
export interface ImageRequest {
  name: string;
  tag?: string | null;
  digest?: string | null;
}

const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
// Kustomize matches images[].name literally; allow registry hosts, ports and paths only.
const IMAGE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._/:-]{0,254}$/;

export function hasControlCharacter(value: string): boolean {
  return [...value].some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f;
  });
}

/** Renders a user value so that it can be logged safely (no newlines, look-alikes visible). */
export function quoteValue(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function firstBadCharacter(value: string, allowed: RegExp): string | undefined {
  const index = [...value].findIndex((ch) => !allowed.test(ch));
  if (index < 0) return undefined;
  const ch = [...value][index] ?? '';
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `character ${quoteValue(ch)} (${code}) at position ${index + 1} is not allowed`;
}

function tagProblem(tag: string): string {
  if (tag.length > 128) return `it is ${tag.length} characters long (at most 128)`;
  if (!/^[a-zA-Z0-9_]/.test(tag)) return 'it must start with a letter, digit or underscore';
  return firstBadCharacter(tag, /[a-zA-Z0-9._-]/) ?? 'it does not match the OCI tag grammar';
}

export function validateTag(input: string, tag: string): string {
  if (TAG.test(tag)) return tag;
  throw new InputError(
    input,
    `${quoteValue(tag)} is not a valid image tag: ${tagProblem(tag)}.`,
    'Tags follow the OCI grammar [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (ASCII only).',
  );
}

export function validateDigest(input: string, digest: string): string {
  if (DIGEST.test(digest)) return digest;
  const hint = /^sha256:[a-fA-F0-9]{64}$/.test(digest)
    ? 'Write the hex part in lower case.'
    : 'A digest is sha256: followed by 64 lower-case hex characters, as printed by `docker buildx imagetools inspect`.';
  throw new InputError(input, `${quoteValue(digest)} is not a valid sha256 digest.`, hint);
}

export function validateImageName(input: string, name: string): string {
  if (IMAGE_NAME.test(name)) return name;
  throw new InputError(
    input,
    `${quoteValue(name)} is not a valid image name.`,
    "Use the image's name exactly as it appears under images[].name in the overlay.",
  );
}

/** A docker-style reference split in two: the tag follows the last ':' after the last '/'. */
export interface DockerReference {
  name: string;
  tag?: string;
  digest?: string;
}

/** NAME:TAG, NAME@DIGEST or NAME:TAG@DIGEST; undefined for a bare name or parts that are not valid. */
export function dockerReference(value: string): DockerReference | undefined {
  const at = value.indexOf('@');
  const base = at < 0 ? value : value.slice(0, at);
  const digest = at < 0 ? undefined : value.slice(at + 1);
  const colon = base.lastIndexOf(':');
  const tag = colon > base.lastIndexOf('/') ? base.slice(colon + 1) : undefined;
  const name = tag === undefined ? base : base.slice(0, colon);
  if (tag === undefined && digest === undefined) return undefined;
  const valid =
    IMAGE_NAME.test(name) &&
    (tag === undefined || TAG.test(tag)) &&
    (digest === undefined || DIGEST.test(digest));
  return valid ? { name, ...(tag && { tag }), ...(digest && { digest }) } : undefined;
}

/** Parses one `images` line: NAME, NAME=TAG, NAME=TAG@sha256:..., or NAME@sha256:.... */
export function parseImageLine(line: string): ImageRequest {
  const equals = line.indexOf('=');
  const at = line.indexOf('@');
  if (equals < 0 && at < 0) return { name: validateImageName('images', line) };
  if (equals < 0) {
    return {
      name: validateImageName('images', line.slice(0, at)),
      digest: validateDigest('images', line.slice(at + 1)),
    };
  }
  const name = validateImageName('images', line.slice(0, equals));
  const reference = line.slice(equals + 1);
  const digestAt = reference.indexOf('@');
  if (digestAt < 0) return { name, tag: validateTag('images', reference) };
  return {
    name,
    tag: validateTag('images', reference.slice(0, digestAt)),
    digest: validateDigest('images', reference.slice(digestAt + 1)),
  };
}

/** The `NAME=TAG@DIGEST` form used in trailers and logs. */
export function formatReference(name: string, tag?: string | null, digest?: string | null): string {
  const tagPart = tag ? `=${tag}` : '';
  const digestPart = digest ? `@${digest}` : '';
  return `${name}${tagPart}${digestPart}` + (tag || digest ? '' : ' (unset)');
}
