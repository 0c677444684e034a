// Standalone entry: `npx tsx packages/workflow-runner/src/cli.ts .github/workflows/release.yml …`.
// The JSON hook lets plain Node load GitHub's parser too; under tsx it changes nothing.
import { registerJsonHook } from './register-json-hook.js';

registerJsonHook();
const { runWorkflowCommand } = await import('./command.js');
process.exitCode = await runWorkflowCommand(process.argv.slice(2));
