#!/usr/bin/env node
// Stand-in for the OpenTofu CLI: only `version` (and -version, --version, -v, version -json) and
// -help. The Terragrunt stand-in runs `<tf-path> -version` to learn the version it records in
// plans; everything else is simulated there. Standalone (node: built-ins only). See README.md.

const BAKED_VERSION = '1.11.5';
const VERSION = process.env.STANDIN_TOFU_VERSION || process.env.STANDIN_VERSION || BAKED_VERSION;

const os =
  { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform] ?? process.platform;
const arch = { x64: 'amd64', arm64: 'arm64', ia32: '386' }[process.arch] ?? process.arch;
const PLATFORM = `${os}_${arch}`;

const HELP = `Usage: tofu [global options] <subcommand> [args]

The available commands for execution are listed below.
The primary workflow commands are given first, followed by
less common or more advanced commands.

Main commands:
  init          Prepare your working directory for other commands
  validate      Check whether the configuration is valid
  plan          Show changes required by the current configuration
  apply         Create or update infrastructure
  destroy       Destroy previously-created infrastructure

Global options (use these before the subcommand, if any):
  -chdir=DIR    Switch to a different working directory before executing the
                given subcommand.
  -help         Show this help output, or the help for a specified subcommand.
  -version      An alias for the "version" subcommand.

(OpenTofu stand-in ${VERSION}: only "version" is implemented.)
`;

function main(argv) {
  const [first, ...rest] = argv;
  if (first === undefined || ['-help', '--help', '-h'].includes(first)) {
    process.stdout.write(HELP);
    return first === undefined ? 127 : 0;
  }
  if (['version', '-version', '--version', '-v'].includes(first)) {
    if (rest.includes('-json')) {
      const document = {
        terraform_version: VERSION,
        platform: PLATFORM,
        provider_selections: {},
      };
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`OpenTofu v${VERSION}\non ${PLATFORM}\n`);
    return 0;
  }
  if (first.startsWith('-')) {
    process.stderr.write(
      `Error: unknown global option ${first}\n\nTo see all of OpenTofu's top-level commands, run:\n  tofu -help\n\n`,
    );
    return 1;
  }
  process.stderr.write(
    `OpenTofu has no command named "${first}" in this stand-in (only "version" is simulated; ` +
      `plan, apply and validate are simulated by the Terragrunt stand-in).\n\n` +
      `To see all of OpenTofu's top-level commands, run:\n  tofu -help\n\n`,
  );
  return 1;
}

process.exitCode = main(process.argv.slice(2));
