import { execFileSync } from 'node:child_process';
import type { Observer, RunEvent } from '../events.js';
import type { EmulatorAccess } from '../github-port.js';
import { GitHubPort } from '../github-port.js';

/**
 * A Flux stand-in, as scripts/demo.ts plays it: after every step, when the branch Flux follows
 * has a new tip, each cluster "applies" it and posts a success commit status per Kustomization
 * (`flux/<environment>/kustomization/<app>`) as the Flux bot account. It acts between two steps,
 * so the step that waits for Flux finds the status on its first look, on any machine.
 */

export interface FluxOptions {
  /** The account Flux's Provider token belongs to (expected-creator). */
  login: string;
  environments: string[];
  apps: string[];
  branch?: string;
}

export interface FluxStandIn {
  observer: Observer;
  /** What it posted: `context@sha`. */
  posted: string[];
}

export function fluxStandIn(emulator: EmulatorAccess, options: FluxOptions): FluxStandIn {
  const port = new GitHubPort(emulator);
  const posted: string[] = [];
  let seen = '';
  let token: Promise<string> | undefined;
  const tip = () =>
    execFileSync('git', ['rev-parse', `refs/heads/${options.branch ?? 'main'}`], {
      cwd: emulator.gitDir,
      encoding: 'utf8',
    }).trim();
  const report = async (sha: string) => {
    token ??= port
      .addBot(options.login)
      .then(() => port.mintToken(options.login, { statuses: 'write' }));
    for (const environment of options.environments) {
      for (const app of options.apps) {
        const context = `flux/${environment}/kustomization/${app}`;
        const response = await fetch(`${emulator.url}/repos/${port.repository}/statuses/${sha}`, {
          method: 'POST',
          headers: { authorization: `token ${await token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            state: 'success',
            context,
            description: 'reconciliation succeeded',
          }),
        });
        if (response.status !== 201) throw new Error(`Flux stand-in: ${await response.text()}`);
        posted.push(`${context}@${sha}`);
      }
    }
  };
  const observer = async (event: RunEvent) => {
    if (event.type !== 'step-finished' && event.type !== 'run-started') return;
    const current = tip();
    if (current === seen) return;
    seen = current;
    if (event.type === 'step-finished') await report(current);
  };
  return { observer, posted };
}

/** Several observers as one, called in order. */
export function observers(...list: Array<Observer | undefined>): Observer {
  return async (event) => {
    for (const observer of list) await observer?.(event);
  };
}
