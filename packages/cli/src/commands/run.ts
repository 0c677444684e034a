import type { Command } from '../registry.js';

/** `infra-fleet run <workflow file>`: packages/workflow-runner, loaded only when this command runs. */
export const command: Command = {
  name: 'run',
  summary: 'Run a workflow file of this checkout locally, against the GitHub emulator',
  usage:
    'infra-fleet run <workflow file> [--event NAME] [--payload FILE] [options] (--help for all)',
  async run(args, io) {
    const { runWorkflowCommand } = await import('@infra-fleet/workflow-runner');
    return runWorkflowCommand(args, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd });
  },
};
