import type { PushResult } from './types.js';

export interface PorcelainRef {
  flag: string;
  refspec: string;
  summary: string;
  reason: string;
}

/** Parses `git push --porcelain` ref lines: `<flag> TAB <from>:<to> TAB <summary> (<reason>)`. */
export function parsePushPorcelain(stdout: string): PorcelainRef[] {
  const refs: PorcelainRef[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^([ +\-*=!])\t([^\t]*)\t(.*)$/.exec(line);
    if (!match) continue;
    const [, flag = '', refspec = '', rest = ''] = match;
    const reason = /\(([^)]*)\)\s*$/.exec(rest)?.[1] ?? '';
    refs.push({ flag, refspec, summary: rest.replace(/\s*\([^)]*\)\s*$/, ''), reason });
  }
  return refs;
}

/** Rejections that mean "someone else moved the branch first": re-read and try again. */
const RACE_REASONS = [/non-fast-forward/, /fetch first/, /stale info/];
/** A server-side ref update that lost a race inside the remote (ref lock or old-value check). */
const REMOTE_RACE = [/failed to update ref/, /cannot lock ref/, /incorrect old value/];

export type PushOutcome = PushResult | { status: 'failed'; reason: string };

/** Decides what a push attempt means for the compare-and-swap loop. */
export function classifyPush(ref: PorcelainRef | undefined, stderrReason: string): PushOutcome {
  if (!ref)
    return { status: 'failed', reason: stderrReason || 'git push reported no status for the ref' };
  if (ref.flag !== '!') return { status: 'pushed' };
  const detail = [`${ref.summary} (${ref.reason})`, stderrReason].filter(Boolean).join('\n');
  const rejected = ref.summary === '[rejected]' && RACE_REASONS.some((re) => re.test(ref.reason));
  const remoteRace =
    ref.summary === '[remote rejected]' && REMOTE_RACE.some((re) => re.test(ref.reason));
  if (rejected || remoteRace) return { status: 'stale', detail };
  return { status: 'failed', reason: detail };
}
