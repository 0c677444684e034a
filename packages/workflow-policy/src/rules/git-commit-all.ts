import { finding, type Rule } from '../finding.js';
import { allSteps } from '../scopes.js';
import { shellCommands } from '../shell-words.js';

const PREFIXES = new Set(['sudo', 'command', 'exec', 'time', 'env']);
const GLOBAL_WITH_VALUE = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']);
const COMMIT_WITH_VALUE = new Set([
  '--message',
  '--file',
  '--author',
  '--date',
  '--template',
  '--reuse-message',
  '--reedit-message',
  '--fixup',
  '--squash',
  '--cleanup',
  '--trailer',
]);
/** Short commit options whose value may follow in the same word (`-mfix`). */
const COMMIT_SHORT_WITH_VALUE = new Set(['m', 'F', 'C', 'c', 't']);

/**
 * No unscoped commits: `git commit -a/--all` and `git add -A/--all/-u/.` stage whatever the job
 * happened to change. Stage exact paths (`git add -- <path>`), or let bump-overlay-tag commit.
 */
export const gitCommitAll: Rule = (file) =>
  allSteps(file).flatMap((step) => {
    if (!step.run) return [];
    const { lines, line } = step.run;
    return shellCommands(step.run.body).flatMap((command) => {
      const problem = unscopedGit(command.words);
      return problem ? [finding(file, lines[command.line] ?? line, 'git-commit-all', problem)] : [];
    });
  });

export function unscopedGit(words: string[]): string | undefined {
  let index = 0;
  while (
    index < words.length &&
    (/^\w+=/.test(words[index] ?? '') || PREFIXES.has(words[index] ?? ''))
  )
    index += 1;
  if (!/(^|\/)git$/.test(words[index] ?? '')) return undefined;
  index += 1;
  while ((words[index] ?? '').startsWith('-'))
    index += GLOBAL_WITH_VALUE.has(words[index] ?? '') ? 2 : 1;
  const args = words.slice(index + 1);
  if (words[index] === 'commit' && commitsAll(args)) {
    return 'git commit -a commits every modified tracked file; stage exact paths (git add -- <path>) or let bump-overlay-tag commit the one file';
  }
  if (words[index] === 'add' && addsAll(args)) {
    return `git add ${args.join(' ')} stages everything the job changed; stage exact paths (git add -- <path>)`;
  }
  return undefined;
}

function commitsAll(args: string[]): boolean {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') return false;
    if (arg === '--all') return true;
    if (COMMIT_WITH_VALUE.has(arg)) i += 1;
    else if (/^-[A-Za-z]/.test(arg)) {
      const cluster = shortCluster(arg);
      if (cluster.all) return true;
      if (cluster.takesNext) i += 1;
    }
  }
  return false;
}

function shortCluster(arg: string): { all: boolean; takesNext: boolean } {
  for (let i = 1; i < arg.length; i += 1) {
    const letter = arg[i] ?? '';
    if (letter === 'a') return { all: true, takesNext: false };
    if (COMMIT_SHORT_WITH_VALUE.has(letter)) return { all: false, takesNext: i === arg.length - 1 };
  }
  return { all: false, takesNext: false };
}

function addsAll(args: string[]): boolean {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const paths = end === -1 ? args.filter((arg) => !arg.startsWith('-')) : args.slice(end + 1);
  const allFlag = options.some(
    (arg) => arg === '--all' || arg === '--update' || /^-[a-zA-Z]*[Au]/.test(arg),
  );
  return allFlag || paths.some((path) => path === '.' || path === ':/' || path === '*');
}
