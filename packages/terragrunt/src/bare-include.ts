/** A top-level `include {` with no label; Terragrunt gives it the label "" before decoding. */
const BARE_INCLUDE = /^([ \t]*)include([ \t]*)\{/gm;

/**
 * HCL's JSON conversion refuses a file that mixes `include {` with `include "name" {`, which
 * Terragrunt accepts (it relabels the bare one, updateBareIncludeBlock). This does the same on
 * the text. A match inside a heredoc is relabelled too, which can only add a problem (several
 * bare includes), never hide one.
 */
export function labelBareIncludes(text: string): string | undefined {
  const labelled = text.replace(BARE_INCLUDE, '$1include ""$2{');
  return labelled === text ? undefined : labelled;
}
