export { authEnv } from './auth.js';
export {
  landWithCompareAndSwap,
  LandingExhaustedError,
  type CompareAndSwapOptions,
  type LandingAttempt,
  type LandingResult,
} from './cas.js';
export { GitError } from './errors.js';
export { Git } from './git.js';
export {
  fsTreeReader,
  listedTreeReader,
  type GraphProblem,
  type Reference,
  type TreeEntryKind,
  type TreeReader,
} from './tree-reader.js';
export { gitTreeReader, type GitTreeReader } from './git-tree-reader.js';
export type { TreeEntry } from './tree.js';
export type { FileAtRev, FileWrite, GitIdentity, GitOptions, PushResult } from './types.js';
export {
  assertInsideWorkspace,
  CheckoutLocationError,
  containedCheckout,
  findGitLocation,
  isInside,
  realPath,
  type GitLocation,
} from './checkout-location.js';
export type { Transports } from './hardening.js';
