import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/index';
import { parseFileReference } from '@actions/workflow-parser/workflows/file-reference';
import type { FileProvider } from '@actions/workflow-parser/workflows/file-provider';
import type { WorkflowSource } from './workflow-source.js';

/** One workflow file through GitHub's parser: the schema-checked token tree and its job model. */
export interface ParsedWorkflow {
  path: string;
  root: MappingToken;
  template: WorkflowTemplate;
}

export class WorkflowInvalid extends Error {
  constructor(
    readonly path: string,
    readonly errors: string[],
  ) {
    super(`The workflow is not valid. ${errors.join('\n')}`);
  }
}

function provider(source: WorkflowSource): FileProvider {
  return {
    getFileContent: async (ref) => {
      const uses =
        'owner' in ref
          ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}`
          : `./${ref.path}`;
      const path = source.workflowPath(uses);
      return { name: path, content: source.read(path) };
    },
  };
}

/**
 * Parses and converts `path` (relative to the source root). The calls it makes are fetched one
 * level deep, so their `with:` and `secrets:` are checked against the called workflow's
 * `on.workflow_call` as GitHub checks them before the run starts.
 */
export async function parseWorkflowFile(
  source: WorkflowSource,
  path: string,
): Promise<ParsedWorkflow> {
  const parsed = parseWorkflow(
    { name: path, content: source.read(path) },
    new NoOperationTraceWriter(),
  );
  if (!parsed.value) throw new WorkflowInvalid(path, messages(parsed.context.errors.getErrors()));
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider(source), {
    fetchReusableWorkflowDepth: 1,
  });
  if (template.errors?.length) {
    throw new WorkflowInvalid(
      path,
      template.errors.map((error) => error.Message),
    );
  }
  return { path, root: parsed.value.assertMapping('root'), template };
}

function messages(errors: Array<{ message: string }>): string[] {
  return errors.map((error) => error.message);
}

export { parseFileReference };
