import * as core from './protocol.js';
import { ActionError } from './errors.js';

function hintOf(error: unknown): string | undefined {
  // Library errors (kustomize, git) carry a hint without depending on action-kit.
  const hint = error instanceof Error ? (error as { hint?: unknown }).hint : undefined;
  return typeof hint === 'string' && hint !== '' ? hint : undefined;
}

/** The text of a failure as the user sees it: the message, then `Hint: ...` when there is one. */
export function failureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const hint = hintOf(error);
  return hint ? `${message}\nHint: ${hint}` : message;
}

/** Runs an action's main function; a failure marks the step failed and never escapes. */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof ActionError) && error instanceof Error && error.stack) {
      core.debug(error.stack);
    }
    core.setFailed(failureMessage(error));
    process.exitCode = 1;
  }
}
