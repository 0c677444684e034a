// The step a user would write instead of detect-changed-envs (what dorny/paths-filter does):
// node starts, `git diff --name-only base head`, every changed path matched against one glob
// filter per environment and overlay. Prints the number of filters that matched.
// Usage: node bench/paths-filter.mjs <repo> <base> <head> <filter>...
import { execFileSync } from 'node:child_process';

const [dir, base, head, ...filters] = process.argv.slice(2);
const toRegExp = (glob) =>
  new RegExp(
    `^${glob
      .split('**')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*')}$`,
  );
const changed = execFileSync('git', ['diff', '--name-only', base, head], { cwd: dir })
  .toString()
  .split('\n')
  .filter(Boolean);
const matchers = filters.map(toRegExp);
const matched = matchers.filter((re) => changed.some((path) => re.test(path))).length;
console.log(matched);
