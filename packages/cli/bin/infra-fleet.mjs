#!/usr/bin/env node
// The infra-fleet command. It runs the TypeScript sources through tsx, as the repository's other
// tools do (npm run demo, docs, bench), so the command and the tests run the same code.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
