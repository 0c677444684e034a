import { posix } from 'node:path';

/** Go-getter forms Terragrunt downloads instead of copying from the tree. */
const REMOTE_SOURCE = [
  /^[A-Za-z][A-Za-z0-9+.-]*::/, // forced getters: git::, s3::, gcs::, hg::, http::
  /^[A-Za-z][A-Za-z0-9+.-]*:\/\//, // URLs: https://, git://, ssh://, tfr://, s3://
  /^[\w.-]+@[\w.-]+:/, // scp-like git: git@github.com:org/repo.git
  /^(github\.com|bitbucket\.org|gitlab\.com)\//,
  /^[\w.-]+\.amazonaws\.com\//,
  /^(www|storage)\.googleapis\.com\//,
];

/**
 * Whether a terraform.source is local. Terragrunt hands sources to go-getter: anything its
 * detectors do not claim is a file path, relative to the unit (registry modules need tfr://).
 * `file://` and `file::` are local too.
 */
export function isRemoteSource(source: string): boolean {
  if (/^file(::|:\/\/)/.test(source)) return false;
  return REMOTE_SOURCE.some((pattern) => pattern.test(source));
}

/** A local source's module dir: "../../modules//eks" is the dir "../../modules/eks". */
export function localSourcePath(source: string): string {
  const path = source.replace(/^file(::)?(:\/\/)?/, '').replace(/\?.*$/, '');
  return posix.normalize(path.replace(/(?<!^)\/\/+/g, '/'));
}

/** Terraform module sources are local only when they start with ./ or ../ (registry otherwise). */
export function isLocalModuleSource(source: string): boolean {
  return /^\.\.?[/\\]/.test(source);
}
