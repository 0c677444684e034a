export { KustomizeError, SurgicalEditError } from './errors.js';
export {
  KUSTOMIZATION_FILE_NAMES,
  isKustomizationFileName,
  pickKustomizationFile,
} from './files.js';
export { readImages, type ImageEntry } from './images.js';
export { formatScalar, needsQuoting, type ScalarStyle } from './quote.js';
export { setImages, type ImageChange } from './edit.js';
export { verifyImageEdit } from './verify.js';
export { unifiedDiff } from './diff.js';
export * from './render.js';
export {
  buildKustomizeGraph,
  type NodeFolder,
  type KustomizeGraph,
  type KustomizeNode,
  type Reference,
  type GraphProblem,
} from './graph.js';
export { overlayClosure, type OverlayClosure } from './closure.js';
