import { runAction } from '@infra-fleet/action-kit';
import { run } from './main.js';

await runAction(() => run());
