import { register } from 'node:module';

let registered = false;

/** Lets plain Node import @actions/workflow-parser (see json-hook.mjs); idempotent. */
export function registerJsonHook(): void {
  if (registered) return;
  registered = true;
  register('./json-hook.mjs', import.meta.url);
}
