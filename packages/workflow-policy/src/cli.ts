import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFinding } from './finding.js';
import { lintFiles } from './lint.js';
import { loadRepository } from './repository.js';

const USAGE = `Usage: npm run lint:workflows -- [options] [file...]

Checks .github/workflows/*.y{a,}ml and actions/*/action.y{a,}ml (or the given files) with the
workflow policy rules, GitHub's validator, actionlint and shellcheck. Prints "file:line rule
message" per finding and a count; exits 1 when anything is found.

Options:
  --format text|json   output format (default text)
  --root <dir>         repository root (default the current directory)
  --shellcheck <path>  shellcheck executable (default shellcheck from PATH)
  --no-external        only the policy rules (no validator, actionlint, shellcheck)
  --help               this text`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      root: { type: 'string' },
      shellcheck: { type: 'string' },
      'no-external': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new Error(`--format "${values.format}" is not text or json`);
  }
  const root = path.resolve(values.root ?? process.cwd());
  const { targets, context } = await loadRepository(
    root,
    positionals.length > 0 ? positionals : undefined,
  );
  const external = values['no-external']
    ? false
    : {
        root,
        ...(values.shellcheck !== undefined && { shellcheck: { executable: values.shellcheck } }),
      };
  const findings = await lintFiles(targets, context, { external });
  if (values.format === 'json') {
    console.log(JSON.stringify({ files: targets.map((file) => file.path), findings }, null, 2));
  } else {
    for (const item of findings) console.log(formatFinding(item));
    const count = findings.length === 1 ? '1 finding' : `${findings.length} findings`;
    const files = targets.length === 1 ? '1 file' : `${targets.length} files`;
    console.log(`${count} in ${files}`);
  }
  return findings.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`lint:workflows: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Run with --help for usage.');
    process.exitCode = 2;
  },
);
