import { finding, type Rule } from '../finding.js';

/** Triggers that run with secrets and a write token on behalf of someone else's code. */
export const FORBIDDEN_TRIGGERS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'workflow_run',
]);

export const forbiddenTrigger: Rule = (file) =>
  file.kind !== 'workflow'
    ? []
    : file.workflow.triggers
        .filter((trigger) => FORBIDDEN_TRIGGERS.has(trigger.event))
        .map((trigger) =>
          finding(
            file,
            trigger.line,
            'forbidden-trigger',
            `${trigger.event} runs with secrets and a write token in the context of untrusted changes; use pull_request (or push) instead`,
          ),
        );
