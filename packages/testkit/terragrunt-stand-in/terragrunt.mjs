#!/usr/bin/env node
// Stand-in for Terragrunt 1.x driving OpenTofu, for tests and the demo: `run [--all] -- plan |
// apply | destroy | validate | force-unlock` (plan and apply also with -destroy) over a unit
// tree, with plan files, JSON plans, a run report, state, state locks and signal handling
// shaped like the real tools' on the paths infra-fleet uses. Standalone on purpose (node: built-ins only, one file): installer tests serve it as a
// release asset. Behaviour and scenario format: README.md beside this file.

import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const BAKED_VERSION = '1.0.2';
const VERSION =
  process.env.STANDIN_TERRAGRUNT_VERSION || process.env.STANDIN_VERSION || BAKED_VERSION;

const SCENARIO_FILE = 'standin.json';
const STATE_FILE = '.standin-state.json';
const LOCK_FILE = '.standin-lock.json';
const PLAN_FILE = 'tfplan.tfplan';
const PLAN_JSON_FILE = 'tfplan.json';
const PLAN_MAGIC = 'STANDIN-TFPLAN 1';
const SIMULATED = ['plan', 'apply', 'destroy', 'validate', 'force-unlock'];
const TOFU_SHORTCUTS = [
  'apply',
  'destroy',
  'force-unlock',
  'import',
  'init',
  'output',
  'plan',
  'refresh',
  'show',
  'state',
  'test',
  'validate',
];

// ---------------------------------------------------------------------------------------------
// Small helpers

const pad = (n, width = 2) => String(n).padStart(width, '0');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Go's byte-wise string order, as Terragrunt and OpenTofu sort paths and addresses. */
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with sorted keys, so hashes do not depend on key order. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function writeFileAtomic(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** Go's strconv.ParseBool. */
function parseBool(text) {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Go's time.Time.String() in UTC: `2026-05-02 10:11:12.345 +0000 UTC`. */
function goTimeString(date) {
  const iso = date.toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? `.${frac}` : ''} +0000 UTC`;
}

/** Go's RFC3339Nano in local time, as encoding/json writes a time.Time. */
function rfc3339Local(date) {
  const offset = -date.getTimezoneOffset();
  const shifted = new Date(date.getTime() + offset * 60000).toISOString();
  const frac = shifted.slice(20, 23).replace(/0+$/, '');
  const abs = Math.abs(offset);
  const zone =
    offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${shifted.slice(0, 19)}${frac ? `.${frac}` : ''}${zone}`;
}

function humanDuration(ms) {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  if (ms < 60000) return `${Math.round(ms / 1000)}s`;
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.round((ms % 60000) / 1000);
  return seconds ? `${minutes}m${seconds}s` : `${minutes}m`;
}

/** OpenTofu's format.WordWrap: long lines wrap at spaces, indented lines stay as they are. */
function wordWrap(text, width) {
  const out = [];
  for (const line of text.split('\n')) {
    if (line.length <= width || /^\s/.test(line)) {
      out.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out;
}

/** An OpenTofu error diagnostic, as it renders without a terminal (78 columns). */
function diagnostic(summary, detail = '') {
  const lines = ['╷', `│ Error: ${summary}`, '│ '];
  if (detail) for (const line of wordWrap(detail, 76)) lines.push(line ? `│ ${line}` : '│ ');
  lines.push('╵');
  return lines;
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Logging in Terragrunt's default "pretty" format (no colours without a terminal).

const logSettings = { disabled: false, forwardStdout: false, tfName: 'tofu' };

function clock() {
  const d = new Date();
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

function emit(stream, level, unit, message) {
  const prefix = `${clock()} ${level.padEnd(6)} ${unit ? `[${unit}] ` : ''}`;
  for (const line of String(message).split('\n')) stream.write(`${prefix}${line}\n`);
}

const log = {
  info: (unit, message) => logSettings.disabled || emit(process.stderr, 'INFO', unit, message),
  warn: (unit, message) => logSettings.disabled || emit(process.stderr, 'WARN', unit, message),
  error: (unit, message) => emit(process.stderr, 'ERROR', unit, message),
};

/** What one unit's tofu process prints, prefixed like Terragrunt does; stderr is kept raw too. */
class TofuOutput {
  constructor(unit) {
    this.unit = unit;
    this.stderr = [];
  }

  out(lines) {
    for (const line of [lines].flat()) {
      if (logSettings.forwardStdout) process.stdout.write(`${line}\n`);
      else emit(process.stdout, 'STDOUT', this.unit, `${logSettings.tfName}: ${line}`);
    }
  }

  err(lines) {
    for (const line of [lines].flat()) {
      this.stderr.push(line);
      emit(process.stderr, 'STDERR', this.unit, `${logSettings.tfName}: ${line}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

const BOOL_FLAGS = [
  'all',
  'non-interactive',
  'no-color',
  'summary-disable',
  'summary-per-unit',
  'tf-forward-stdout',
  'queue-include-external',
  'queue-exclude-external',
  'fail-fast',
  'log-disable',
  'log-show-abs-paths',
  'no-auto-init',
  'source-update',
];
const VALUE_FLAGS = [
  'working-dir',
  'tf-path',
  'out-dir',
  'json-out-dir',
  'report-file',
  'report-format',
  'log-level',
  'log-format',
  'parallelism',
  'download-dir',
];
const flagEnv = (name) => `TG_${name.toUpperCase().replace(/-/g, '_')}`;

function takeFlag(argv, index, options) {
  const arg = argv[index];
  const body = arg.replace(/^--?/, '');
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  if (BOOL_FLAGS.includes(name)) {
    const value = eq < 0 ? true : parseBool(body.slice(eq + 1));
    if (value === undefined) throw new UsageError(`invalid boolean value for flag --${name}`);
    options[name] = value;
    return index + 1;
  }
  if (VALUE_FLAGS.includes(name)) {
    const value = eq < 0 ? argv[index + 1] : body.slice(eq + 1);
    if (value === undefined) throw new UsageError(`flag needs an argument: --${name}`);
    options[name] = value;
    return eq < 0 ? index + 2 : index + 1;
  }
  return -1;
}

function undefinedFlagError(arg) {
  const name = arg.replace(/^--?/, '').split('=')[0];
  return new UsageError(
    `flag \`-${name}\` is not a Terragrunt flag. If this is an OpenTofu/Terraform flag, use \`--\` ` +
      `to forward it (e.g., \`terragrunt run -- <command> -${name}\`).`,
  );
}

/** { action: 'version' | 'help' | 'run', options, tofuCommand, tofuArgs } */
function parseArgs(argv, env) {
  const options = {};
  let command;
  let tofuCommand;
  const tofuArgs = [];
  let index = 0;
  while (index < argv.length) {
    const arg = argv[index];
    if (arg === '--') {
      const rest = argv.slice(index + 1);
      if (tofuCommand === undefined) tofuCommand = rest.shift();
      tofuArgs.push(...rest);
      command ??= 'run';
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (command === undefined && ['--version', '-version', '-v'].includes(arg)) {
        return { action: 'version' };
      }
      if (['--help', '-help', '-h'].includes(arg)) return { action: 'help' };
      const next = takeFlag(argv, index, options);
      if (next >= 0) {
        index = next;
        continue;
      }
      // Shortcuts (`terragrunt plan -detailed-exitcode`) forward OpenTofu flags; `run` wants `--`.
      if (command !== undefined && command !== 'run') {
        tofuArgs.push(arg);
        index += 1;
        continue;
      }
      if (command === 'run') throw undefinedFlagError(arg);
      throw new UsageError(`flag provided but not defined: ${arg}`);
    }
    if (command === undefined) {
      if (arg === 'run') command = 'run';
      else if (TOFU_SHORTCUTS.includes(arg)) {
        command = arg;
        tofuCommand = arg;
      } else
        throw new UsageError(`unknown command "${arg}"; the stand-in supports run and shortcuts`);
    } else if (tofuCommand === undefined) tofuCommand = arg;
    else tofuArgs.push(arg);
    index += 1;
  }
  if (command === undefined) return { action: 'help' };
  for (const name of [...BOOL_FLAGS, ...VALUE_FLAGS]) {
    const value = env[flagEnv(name)];
    if (options[name] !== undefined || value === undefined || value === '') continue;
    if (BOOL_FLAGS.includes(name)) {
      const parsed = parseBool(value);
      if (parsed === undefined)
        throw new UsageError(`invalid boolean value ${value} for ${flagEnv(name)}`);
      options[name] = parsed;
    } else options[name] = value;
  }
  return { action: 'run', options, tofuCommand, tofuArgs };
}

const HELP = `Usage: terragrunt run [--all] [flags] -- <command> [OpenTofu flags]

Terragrunt ${VERSION} stand-in (simulates plan, apply, destroy, validate and force-unlock).

Flags:
  --all                 Run the command on every unit below the working directory.
  --working-dir DIR     Where to run (TG_WORKING_DIR).
  --tf-path PATH        OpenTofu binary (TG_TF_PATH), default tofu on PATH.
  --out-dir DIR         Plan files: <out-dir>/<unit>/tfplan.tfplan (TG_OUT_DIR).
  --json-out-dir DIR    JSON plans: <json-out-dir>/<unit>/tfplan.json (TG_JSON_OUT_DIR).
  --report-file FILE    Run report (TG_REPORT_FILE); --report-format csv|json.
  --non-interactive     Assume "yes" for all prompts (TG_NON_INTERACTIVE).
  --version, -v         Print the version.
`;

// ---------------------------------------------------------------------------------------------
// HCL, just enough: blocks, attributes and string literals found by scanning, never evaluating.

/** The text with comments blanked and string/heredoc contents replaced by `x` (same length). */
function maskHcl(text) {
  const out = text.split('');
  const blank = (from, to) => {
    for (let i = from; i < to; i += 1) if (out[i] !== '\n') out[i] = 'x';
  };
  let i = 0;
  const stack = []; // 'string' | { interp: depth }
  while (i < text.length) {
    const top = stack[stack.length - 1];
    const c = text[i];
    if (top === 'string') {
      if (c === '\\') {
        blank(i, i + 2);
        i += 2;
      } else if (c === '"') {
        stack.pop();
        if (stack.length) blank(i, i + 1);
        i += 1;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        stack.push({ interp: 0 });
        blank(i, i + 2);
        i += 2;
      } else {
        blank(i, i + 1);
        i += 1;
      }
      continue;
    }
    if (top) {
      if (c === '"') stack.push('string');
      else if (c === '{') top.interp += 1;
      else if (c === '}') {
        if (top.interp === 0) stack.pop();
        else top.interp -= 1;
      }
      blank(i, i + 1);
      i += 1;
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      for (let j = i; j < stop; j += 1) out[j] = ' ';
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (let j = i; j < stop; j += 1) if (out[j] !== '\n') out[j] = ' ';
      i = stop;
    } else if (c === '"') {
      stack.push('string');
      i += 1;
    } else if (c === '<' && text[i + 1] === '<') {
      const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\n/.exec(text.slice(i));
      if (!heredoc) {
        i += 2;
        continue;
      }
      const start = i + heredoc[0].length;
      const terminator = new RegExp(`^[ \\t]*${heredoc[1]}[ \\t]*$`, 'm');
      const match = terminator.exec(text.slice(start));
      const stop = match ? start + match.index + match[0].length : text.length;
      blank(i, stop);
      i = stop;
    } else i += 1;
  }
  return out.join('');
}

function matchingBrace(masked, open) {
  let depth = 0;
  for (let i = open; i < masked.length; i += 1) {
    if (masked[i] === '{') depth += 1;
    else if (masked[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return masked.length;
}

/** Where an expression starting at `from` ends: the first newline outside brackets. */
function expressionEnd(masked, from) {
  let depth = 0;
  for (let i = from; i < masked.length; i += 1) {
    const c = masked[i];
    if ('[{('.includes(c)) depth += 1;
    else if (']})'.includes(c)) depth -= 1;
    else if (c === '\n' && depth <= 0) return i;
  }
  return masked.length;
}

/** The blocks and attributes at the top of an HCL body; each statement starts a line. */
function hclBody(text) {
  const masked = maskHcl(text);
  const blocks = [];
  const attributes = [];
  const lineEnd = (from) => {
    const newline = masked.indexOf('\n', from);
    return newline < 0 ? masked.length : newline;
  };
  let i = 0;
  while (i < masked.length) {
    const line = masked.slice(i, lineEnd(i));
    const attr = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=(?!=)/.exec(line);
    const block = /^[ \t]*([A-Za-z_][\w-]*)((?:[ \t]+"[^"\n]*")*)[ \t]*\{/.exec(line);
    if (attr) {
      const valueStart = i + attr[0].length;
      const valueEnd = expressionEnd(masked, valueStart);
      attributes.push({ name: attr[1], value: text.slice(valueStart, valueEnd).trim() });
      i = valueEnd + 1;
    } else if (block) {
      const open = i + block[0].length - 1;
      const close = matchingBrace(masked, open);
      const labels = [...text.slice(i, open).matchAll(/"([^"\n]*)"/g)].map((m) => m[1]);
      blocks.push({ type: block[1], labels, body: text.slice(open + 1, close) });
      i = lineEnd(close) + 1;
    } else i = lineEnd(i) + 1;
  }
  return { blocks, attributes };
}

/** A literal value of a single-line expression, or `undefined` when it must be evaluated. */
function literalValue(expression) {
  const text = expression.trim();
  if (/^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (/^\[.*\]$/s.test(text)) {
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    const items = inner
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const values = items.map(literalValue);
    return values.includes(undefined) ? undefined : values;
  }
  return undefined;
}

/** The string of a `"..."` expression with the path functions Terragrunt units use evaluated. */
function evalPathString(expression, unitDir) {
  const text = expression.trim();
  if (!/^".*"$/s.test(text)) return undefined;
  let failed = false;
  const value = text.slice(1, -1).replace(/\$\{([^}]*)\}/g, (_, inner) => {
    const call = inner.trim();
    if (call === 'get_terragrunt_dir()') return unitDir;
    if (call === 'get_repo_root()') {
      const root = findUp(unitDir, '.git');
      if (root) return dirname(root);
    }
    const find = /^find_in_parent_folders\(\s*"([^"]+)"\s*\)$/.exec(call);
    if (find) {
      const found = findUp(dirname(unitDir), find[1]);
      if (found) return found;
    }
    failed = true;
    return '';
  });
  return failed ? undefined : value;
}

function findUp(from, name) {
  let dir = from;
  for (;;) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// ---------------------------------------------------------------------------------------------
// Units

function discoverUnits(workingDir, all) {
  if (!all) {
    if (!existsSync(join(workingDir, 'terragrunt.hcl'))) {
      throw new UsageError(
        `Error reading file at path ${join(workingDir, 'terragrunt.hcl')}: open ` +
          `${join(workingDir, 'terragrunt.hcl')}: no such file or directory`,
      );
    }
    return [workingDir];
  }
  const found = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'terragrunt.hcl')) found.push(dir);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') {
        continue;
      }
      walk(join(dir, entry.name));
    }
  };
  walk(workingDir);
  return found;
}

function unitName(dir, workingDir) {
  if (dir === workingDir) return basename(dir);
  const rel = relative(workingDir, dir);
  return rel.startsWith('..') ? dir : rel.split(sep).join('/');
}

function readUnitConfig(dir) {
  const text = readFileSync(join(dir, 'terragrunt.hcl'), 'utf8');
  const { blocks, attributes } = hclBody(text);
  const preventDestroy = attributes.find((a) => a.name === 'prevent_destroy');
  const dependencies = [];
  let source;
  for (const block of blocks) {
    const attrs = hclBody(block.body).attributes;
    if (block.type === 'dependency') {
      const path = attrs.find((a) => a.name === 'config_path');
      const value = path && evalPathString(path.value, dir);
      if (value !== undefined) dependencies.push(resolve(dir, value));
    } else if (block.type === 'dependencies') {
      const paths = attrs.find((a) => a.name === 'paths');
      for (const m of paths ? paths.value.matchAll(/"([^"]*)"/g) : []) {
        const value = evalPathString(`"${m[1]}"`, dir);
        if (value !== undefined) dependencies.push(resolve(dir, value));
      }
    } else if (block.type === 'terraform') {
      const attr = attrs.find((a) => a.name === 'source');
      if (attr)
        source = {
          text: attr.value.trim().replace(/^"|"$/g, ''),
          value: evalPathString(attr.value, dir),
        };
    }
  }
  return {
    dependencies,
    source,
    preventDestroy: literalValue(preventDestroy?.value ?? '') === true,
  };
}

const REMOTE_SOURCE = /^(git::|git@|hg::|s3::|gcs::|https?:|tfr:|github\.com\/|bitbucket\.org\/)/;

/** The folder OpenTofu runs in: the unit itself, or the local module its source names. */
function moduleDirOf(dir, source) {
  if (!source) return { moduleDir: dir };
  if (source.value === undefined || REMOTE_SOURCE.test(source.value)) return { remote: true };
  const value = source.value.replace(/\?.*$/, '');
  const split = value.indexOf('//', 1);
  const root = split < 0 ? value : value.slice(0, split);
  const sub = split < 0 ? '' : value.slice(split + 2);
  return { moduleDir: resolve(dir, root, sub), subdir: sub || basename(root) };
}

function loadUnits(workingDir, all) {
  const dirs = discoverUnits(workingDir, all);
  const byDir = new Map();
  for (const dir of dirs) {
    const config = readUnitConfig(dir);
    const name = unitName(dir, workingDir);
    const rel = dir === workingDir ? '.' : relative(workingDir, dir);
    byDir.set(dir, { dir, name, rel, ...config, ...moduleDirOf(dir, config.source) });
  }
  for (const unit of byDir.values()) {
    // A dependency outside the run set is assumed applied, as with --queue-exclude-external.
    unit.deps = [...new Set(unit.dependencies)]
      .filter((d) => byDir.has(d))
      .map((d) => byDir.get(d));
  }
  const units = [...byDir.values()];
  for (const unit of units) unit.dependents = units.filter((u) => u.deps.includes(unit));
  return units;
}

/**
 * What must succeed before a unit runs: its dependencies, or for destroy, plan -destroy and
 * apply -destroy (Terragrunt's "down" commands) its dependents within the run.
 */
const prerequisites = (unit, down) => (down ? unit.dependents : unit.deps);

/**
 * Units Terragrunt leaves out of a down command: those with `prevent_destroy = true` and
 * every unit they depend on (runnerpool's applyPreventDestroyExclusions).
 */
function preventDestroyExclusions(units) {
  const excluded = new Set();
  const keep = (unit) => {
    if (excluded.has(unit)) return;
    excluded.add(unit);
    unit.deps.forEach(keep);
  };
  units.filter((unit) => unit.preventDestroy).forEach(keep);
  return excluded;
}

/** Kahn's order with names as tie-break; a cycle is a configuration error. */
function dependencyOrder(units, down = false) {
  const done = new Set();
  const order = [];
  while (order.length < units.length) {
    const ready = units
      .filter((u) => !done.has(u) && prerequisites(u, down).every((d) => done.has(d)))
      .sort((a, b) => byteOrder(a.name, b.name));
    if (ready.length === 0) {
      const left = units.filter((u) => !done.has(u)).map((u) => u.name);
      throw new UsageError(`Found a dependency cycle between modules: ${left.join(' -> ')}`);
    }
    for (const unit of ready) {
      done.add(unit);
      order.push(unit);
    }
  }
  return order;
}

// ---------------------------------------------------------------------------------------------
// Modules: resources, nested local modules and outputs, read from *.tf files.

const META_ARGUMENTS = ['count', 'for_each', 'depends_on', 'provider', 'lifecycle'];

function providerName(type) {
  return `registry.opentofu.org/hashicorp/${type.split('_')[0]}`;
}

function readModule(moduleDir, modulePath, seen = new Set()) {
  const result = { resources: [], outputs: [] };
  if (seen.has(moduleDir) || !existsSync(moduleDir) || seen.size > 20) return result;
  seen.add(moduleDir);
  const files = readdirSync(moduleDir)
    .filter((f) => f.endsWith('.tf'))
    .sort();
  for (const file of files) {
    const { blocks } = hclBody(readFileSync(join(moduleDir, file), 'utf8'));
    for (const block of blocks) {
      if (block.type === 'resource' && block.labels.length === 2) {
        result.resources.push(derivedResource(block, modulePath));
      } else if (block.type === 'module' && block.labels.length === 1) {
        const source = hclBody(block.body).attributes.find((a) => a.name === 'source');
        const value = source && literalValue(source.value);
        if (typeof value === 'string' && /^\.\.?\//.test(value)) {
          const child = readModule(
            resolve(moduleDir, value),
            [...modulePath, `module.${block.labels[0]}`],
            new Set(seen),
          );
          result.resources.push(...child.resources);
        }
      } else if (block.type === 'output' && block.labels.length === 1 && modulePath.length === 0) {
        const sensitive = hclBody(block.body).attributes.find((a) => a.name === 'sensitive');
        result.outputs.push({
          name: block.labels[0],
          sensitive: sensitive?.value.trim() === 'true',
        });
      }
    }
  }
  return result;
}

function derivedResource(block, modulePath) {
  const [type, name] = block.labels;
  const after = {};
  const afterUnknown = { id: true };
  for (const attr of hclBody(block.body).attributes) {
    if (META_ARGUMENTS.includes(attr.name)) continue;
    const value = literalValue(attr.value);
    if (value === undefined) afterUnknown[attr.name] = true;
    else after[attr.name] = value;
  }
  const moduleAddress = modulePath.join('.');
  return {
    address: `${moduleAddress ? `${moduleAddress}.` : ''}${type}.${name}`,
    ...(moduleAddress ? { module_address: moduleAddress } : {}),
    mode: 'managed',
    type,
    name,
    provider_name: providerName(type),
    change: {
      actions: ['create'],
      before: null,
      after,
      after_unknown: afterUnknown,
      before_sensitive: false,
      after_sensitive: {},
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Scenario (standin.json), state (.standin-state.json) and lock (.standin-lock.json)

function stateDirOf(unit) {
  const root = process.env.STANDIN_STATE_DIR;
  if (!root) return unit.dir;
  return join(resolve(root), `${sha256(unit.dir).slice(0, 16)}-${basename(unit.dir)}`);
}

function loadScenario(unit) {
  const path = join(unit.dir, SCENARIO_FILE);
  if (!existsSync(path)) return undefined;
  let scenario;
  try {
    scenario = readJson(path);
  } catch (error) {
    throw new Error(`stand-in scenario ${path} is not valid JSON: ${error.message}`, {
      cause: error,
    });
  }
  if (!isObject(scenario)) throw new Error(`stand-in scenario ${path} must be a JSON object`);
  if (scenario.resource_changes !== undefined && !Array.isArray(scenario.resource_changes)) {
    throw new Error(`stand-in scenario ${path}: resource_changes must be an array`);
  }
  for (const change of scenario.resource_changes ?? []) {
    if (!isObject(change) || typeof change.address !== 'string') {
      throw new Error(`stand-in scenario ${path}: every resource change needs an "address"`);
    }
  }
  return scenario;
}

function failureFor(scenario, command) {
  const fail = scenario?.fail;
  if (typeof fail === 'string') return fail;
  if (isObject(fail) && typeof fail[command] === 'string') return fail[command];
  return undefined;
}

const EMPTY_STATE = { version: 1, serial: 0, resources: {}, outputs: {}, applied: {} };

function readState(unit) {
  const path = join(stateDirOf(unit), STATE_FILE);
  if (!existsSync(path)) return { ...structuredClone(EMPTY_STATE), hash: 'none' };
  const text = readFileSync(path, 'utf8');
  return { ...EMPTY_STATE, ...JSON.parse(text), hash: sha256(text) };
}

function writeState(unit, state) {
  const text = JSON.stringify({ ...state, hash: undefined }, null, 2);
  writeFileAtomic(join(stateDirOf(unit), STATE_FILE), `${text}\n`);
}

function statePath(unit) {
  const rootHcl = findUp(unit.dir, 'root.hcl');
  const base = rootHcl ? dirname(rootHcl) : dirname(unit.dir);
  const key = `${relative(base, unit.dir).split(sep).join('/')}/terraform.tfstate`;
  return `${stateBucket(base)}/${key}`;
}

/** The state bucket named by a `state_bucket`/`bucket` string near root.hcl, best effort. */
function stateBucket(base) {
  const candidates = [join(base, 'root.hcl'), join(base, 'common.hcl')];
  for (const entry of existsSync(base) ? readdirSync(base, { withFileTypes: true }) : []) {
    if (entry.isDirectory()) candidates.push(join(base, entry.name, 'common.hcl'));
  }
  for (const file of candidates.filter((f) => existsSync(f))) {
    const text = readFileSync(file, 'utf8');
    const strings = Object.fromEntries(
      [...text.matchAll(/^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*"([^"\n]*)"/gm)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    let bucket = strings.state_bucket ?? strings.bucket;
    for (let i = 0; bucket && i < 5 && bucket.includes('${'); i += 1) {
      bucket = bucket.replace(/\$\{local\.(\w+)\}/g, (whole, name) => strings[name] ?? whole);
    }
    if (bucket && !bucket.includes('${')) return bucket;
  }
  return 'terraform-state';
}

function lockInfoString(info) {
  return [
    'Lock Info:',
    `  ID:        ${info.ID}`,
    `  Path:      ${info.Path}`,
    `  Operation: ${info.Operation}`,
    `  Who:       ${info.Who}`,
    `  Version:   ${info.Version}`,
    `  Created:   ${info.Created}`,
    `  Info:      ${info.Info ?? ''}`,
    '',
  ].join('\n');
}

function lockErrorDiagnostic(info) {
  const requestId = sha256(info.ID).slice(0, 26).toUpperCase();
  const cause =
    'operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: ' +
    `${requestId}, ConditionalCheckFailedException: The conditional request failed`;
  return diagnostic(
    'Error acquiring the state lock',
    `Error message: ${cause}\n${lockInfoString(info)}\n\n` +
      'OpenTofu acquires a state lock to protect the state from being written\n' +
      'by multiple users at the same time. Please resolve the issue above and try\n' +
      'again. For most commands, you can disable locking with the "-lock=false"\n' +
      'flag, but this is not recommended.',
  );
}

/** Takes the unit's state lock or says who holds it: the scenario's holder or a leftover lock. */
function acquireLock(unit, operation, run, scenario, out) {
  out.out('Acquiring state lock. This may take a few moments...');
  const path = statePath(unit);
  const held = scenario?.lock;
  if (isObject(held) && held.held) {
    return {
      holder: {
        ID: String(held.id ?? randomUUID()),
        Path: held.path ?? path,
        Operation: held.operation ?? 'OperationTypeApply',
        Who: held.who ?? 'runner@fv-az123-456',
        Version: held.version ?? run.tofuVersion,
        Created: held.created ?? goTimeString(new Date()),
        Info: held.info ?? '',
      },
    };
  }
  const lockPath = join(stateDirOf(unit), LOCK_FILE);
  if (existsSync(lockPath)) return { holder: readJson(lockPath) };
  const info = {
    ID: randomUUID(),
    Path: path,
    Operation: operation,
    Who: `${currentUser()}@${hostname()}`,
    Version: run.tofuVersion,
    Created: goTimeString(new Date()),
    Info: '',
  };
  writeFileAtomic(lockPath, `${JSON.stringify(info, null, 2)}\n`);
  return { info, lockPath };
}

function currentUser() {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'runner';
  }
}

function releaseLock(lock, out) {
  if (!lock?.lockPath) return;
  out.out('Releasing state lock. This may take a few moments...');
  rmSync(lock.lockPath, { force: true });
}

// ---------------------------------------------------------------------------------------------
// Plans

const actionsKey = (change) => change.change.actions.join(',');
const isNoop = (change) => ['no-op', 'read'].includes(actionsKey(change));
const isDelete = (change) => actionsKey(change) === 'delete';
const changeHash = (change) =>
  sha256(
    canonical({
      address: change.address,
      actions: change.change.actions,
      after: change.change.after,
    }),
  );

function parseAddress(address) {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(data\.)?([^.[]+)\.([^.[]+)(?:\[(.+)\])?$/.exec(
    address,
  );
  if (!m) return { type: 'unknown', name: address, mode: 'managed' };
  const parsed = { mode: m[2] ? 'data' : 'managed', type: m[3], name: m[4] };
  if (m[1]) parsed.module_address = m[1].slice(0, -1);
  if (m[5] !== undefined) parsed.index = /^\d+$/.test(m[5]) ? Number(m[5]) : JSON.parse(m[5]);
  return parsed;
}

function normalizeChange(raw) {
  const parsed = parseAddress(raw.address);
  const change = isObject(raw.change) ? raw.change : {};
  const actions =
    Array.isArray(change.actions) && change.actions.length ? change.actions : ['create'];
  const creates = actions.length === 1 && actions[0] === 'create';
  const deletes = actions.length === 1 && actions[0] === 'delete';
  const before = change.before !== undefined ? change.before : creates ? null : {};
  const after = change.after !== undefined ? change.after : deletes ? null : {};
  const result = {
    address: raw.address,
    ...(parsed.module_address ? { module_address: parsed.module_address } : {}),
    mode: raw.mode ?? parsed.mode,
    type: raw.type ?? parsed.type,
    name: raw.name ?? parsed.name,
    ...(parsed.index !== undefined ? { index: parsed.index } : {}),
    provider_name: raw.provider_name ?? providerName(raw.type ?? parsed.type),
    change: {
      ...change,
      actions,
      before,
      after,
      after_unknown: change.after_unknown ?? (after === null ? false : {}),
      before_sensitive: change.before_sensitive ?? (before === null ? false : {}),
      after_sensitive: change.after_sensitive ?? (after === null ? false : {}),
    },
  };
  if (raw.module_address) result.module_address = raw.module_address;
  if (raw.action_reason) result.action_reason = raw.action_reason;
  return result;
}

function noopFromState(address, entry) {
  return {
    address,
    ...(entry.module_address ? { module_address: entry.module_address } : {}),
    mode: entry.mode ?? 'managed',
    type: entry.type,
    name: entry.name,
    provider_name: entry.provider_name ?? providerName(entry.type),
    change: {
      actions: ['no-op'],
      before: entry.values,
      after: entry.values,
      after_unknown: {},
      before_sensitive: entry.sensitive ?? {},
      after_sensitive: entry.sensitive ?? {},
    },
  };
}

function planFromScenario(scenario, state) {
  const changes = [];
  const mentioned = new Set();
  for (const raw of scenario.resource_changes ?? []) {
    const change = normalizeChange(raw);
    mentioned.add(change.address);
    if (state.applied[change.address] !== changeHash(change)) changes.push(change);
    else if (!isDelete(change) && state.resources[change.address]) {
      changes.push(noopFromState(change.address, state.resources[change.address]));
    }
  }
  for (const [address, entry] of Object.entries(state.resources)) {
    if (!mentioned.has(address)) changes.push(noopFromState(address, entry));
  }
  const outputs = {};
  for (const [name, raw] of Object.entries(scenario.output_changes ?? {})) {
    const change = {
      actions: ['create'],
      before: null,
      after: null,
      after_unknown: false,
      before_sensitive: false,
      after_sensitive: false,
      ...raw,
    };
    const hash = sha256(canonical({ name, actions: change.actions, after: change.after }));
    const stored = state.outputs[name];
    outputs[name] =
      stored?.applied === hash ? outputNoop(stored) : { ...change, applied_hash: hash };
  }
  for (const [name, stored] of Object.entries(state.outputs)) {
    outputs[name] ??= outputNoop(stored);
  }
  return { changes, outputs };
}

function outputNoop(stored) {
  return {
    actions: ['no-op'],
    before: stored.value,
    after: stored.value,
    after_unknown: false,
    before_sensitive: stored.sensitive,
    after_sensitive: stored.sensitive,
  };
}

function planFromModule(unit, state) {
  const module = unit.moduleDir ? readModule(unit.moduleDir, []) : { resources: [], outputs: [] };
  const changes = [];
  const configured = new Set();
  for (const resource of module.resources) {
    configured.add(resource.address);
    const stored = state.resources[resource.address];
    if (!stored) {
      changes.push(resource);
      continue;
    }
    const wanted = resource.change.after;
    const differs = Object.keys(wanted).filter(
      (k) => canonical(wanted[k]) !== canonical(stored.values?.[k]),
    );
    if (differs.length === 0) changes.push(noopFromState(resource.address, stored));
    else {
      changes.push({
        ...noopFromState(resource.address, stored),
        change: {
          actions: ['update'],
          before: stored.values,
          after: { ...stored.values, ...wanted },
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
        },
      });
    }
  }
  for (const [address, stored] of Object.entries(state.resources)) {
    if (configured.has(address)) continue;
    const gone = noopFromState(address, stored);
    gone.change = { ...gone.change, actions: ['delete'], after: null, after_sensitive: false };
    gone.action_reason = 'delete_because_no_resource_config';
    changes.push(gone);
  }
  const outputs = {};
  for (const output of module.outputs) {
    const stored = state.outputs[output.name];
    outputs[output.name] = stored
      ? outputNoop(stored)
      : {
          actions: ['create'],
          before: null,
          after: null,
          after_unknown: true,
          before_sensitive: false,
          after_sensitive: output.sensitive,
        };
  }
  for (const [name, stored] of Object.entries(state.outputs)) {
    if (outputs[name]) continue;
    outputs[name] = { ...outputNoop(stored), actions: ['delete'], after: null };
  }
  return { changes, outputs };
}

function sortChanges(changes) {
  return changes.sort((a, b) => {
    const ma = a.module_address ?? '';
    const mb = b.module_address ?? '';
    if (ma !== mb) return ma === '' ? -1 : mb === '' ? 1 : byteOrder(ma, mb);
    return byteOrder(a.address, b.address);
  });
}

/** plan -destroy: every resource and output in state goes, whatever the configuration says. */
function planDestroy(state) {
  const changes = Object.entries(state.resources).map(([address, entry]) => {
    const gone = noopFromState(address, entry);
    gone.change = {
      ...gone.change,
      actions: ['delete'],
      after: null,
      after_unknown: false,
      after_sensitive: false,
    };
    return gone;
  });
  const outputs = Object.fromEntries(
    Object.entries(state.outputs).map(([name, stored]) => [
      name,
      { ...outputNoop(stored), actions: ['delete'], after: null, after_sensitive: false },
    ]),
  );
  return { changes, outputs };
}

/**
 * The unit's plan now: for mode 'destroy' from its state alone; otherwise from standin.json
 * when it exists, else from its module and state.
 */
function computePlan(unit, scenario, state, mode = 'normal') {
  const { changes, outputs } =
    mode === 'destroy'
      ? planDestroy(state)
      : scenario
        ? planFromScenario(scenario, state)
        : planFromModule(unit, state);
  sortChanges(changes);
  const hashable = {
    ...(mode === 'destroy' ? { mode } : {}),
    changes: changes.map((c) => ({ address: c.address, change: c.change })),
    outputs,
  };
  const hasChanges =
    changes.some((c) => !isNoop(c)) || Object.values(outputs).some((o) => o.actions[0] !== 'no-op');
  const hash = sha256(canonical(hashable));
  return { mode, changes, outputs, hash, stateHash: state.hash, hasChanges };
}

function publicOutputs(outputs) {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, { applied_hash: _hash, ...change }]) => [name, change]),
  );
}

function planJson(plan, state, run) {
  const planned = { root_module: {} };
  const children = new Map();
  for (const c of plan.changes) {
    if (isDelete(c) || c.mode === 'data') continue;
    const entry = {
      address: c.address,
      mode: c.mode,
      type: c.type,
      name: c.name,
      ...(c.index !== undefined ? { index: c.index } : {}),
      provider_name: c.provider_name,
      schema_version: 0,
      values: c.change.after,
      sensitive_values: isObject(c.change.after_sensitive) ? c.change.after_sensitive : {},
    };
    const target = c.module_address
      ? (children.get(c.module_address) ?? children.set(c.module_address, []).get(c.module_address))
      : (planned.root_module.resources ??= []);
    target.push(entry);
  }
  if (children.size) {
    planned.root_module.child_modules = [...children].map(([address, resources]) => ({
      address,
      resources,
    }));
  }
  const outputs = {};
  for (const [name, change] of Object.entries(plan.outputs)) {
    if (change.actions[0] === 'delete') continue;
    outputs[name] = {
      sensitive: Boolean(change.after_sensitive),
      ...(change.after_unknown ? {} : { value: change.after }),
    };
  }
  if (Object.keys(outputs).length) planned.outputs = outputs;
  const providers = [...new Set(plan.changes.map((c) => c.type.split('_')[0]))].sort();
  const document = {
    format_version: '1.2',
    terraform_version: run.tofuVersion,
    planned_values: planned,
    // Go's omitempty: an empty plan has neither key.
    ...(plan.changes.length ? { resource_changes: plan.changes } : {}),
    ...(Object.keys(plan.outputs).length ? { output_changes: publicOutputs(plan.outputs) } : {}),
    configuration: {
      provider_config: Object.fromEntries(
        providers.map((p) => [p, { name: p, full_name: `registry.opentofu.org/hashicorp/${p}` }]),
      ),
      root_module: {
        resources: plan.changes
          .filter((c) => !c.module_address && !isDelete(c))
          .map((c) => ({
            address: c.address,
            mode: c.mode,
            type: c.type,
            name: c.name,
            provider_config_key: c.type.split('_')[0],
            schema_version: 0,
          })),
      },
    },
    timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    errored: false,
  };
  if (Object.keys(state.resources).length) {
    document.prior_state = {
      format_version: '1.0',
      terraform_version: run.tofuVersion,
      values: {
        root_module: {
          resources: Object.entries(state.resources).map(([address, entry]) => ({
            address,
            mode: entry.mode ?? 'managed',
            type: entry.type,
            name: entry.name,
            provider_name: entry.provider_name,
            schema_version: 0,
            values: entry.values,
            sensitive_values: entry.sensitive ?? {},
          })),
        },
      },
    };
  }
  return document;
}

// Human rendering, as `tofu plan` prints it. Sensitive values never appear.

const SYMBOLS = {
  create: ['  +', 'create'],
  update: ['  ~', 'update in-place'],
  delete: ['  -', 'destroy'],
  'delete,create': ['-/+', 'destroy and then create replacement'],
  'create,delete': ['+/-', 'create replacement and then destroy'],
  read: [' <=', 'read (data resources)'],
};
const HEADLINES = {
  create: 'will be created',
  update: 'will be updated in-place',
  delete: 'will be destroyed',
  'delete,create': 'must be replaced',
  'create,delete': 'must be replaced',
  read: 'will be read during apply',
};

const sensitiveAt = (marks, key) => marks === true || (isObject(marks) && Boolean(marks[key]));

const renderValue = (value) => JSON.stringify(value);

function renderAttributes(change, sign) {
  const {
    before,
    after,
    after_unknown: unknown,
    before_sensitive: bs,
    after_sensitive: as,
  } = change;
  const source = sign === '-' ? before : after;
  const keys = new Set([
    ...Object.keys(isObject(source) ? source : {}),
    ...(sign === '-' ? [] : Object.keys(isObject(unknown) ? unknown : {})),
  ]);
  const sorted = [...keys].sort();
  const width = Math.max(0, ...sorted.map((k) => k.length));
  const lines = [];
  for (const key of sorted) {
    const hidden = sensitiveAt(as, key) || sensitiveAt(bs, key);
    const show = (v) => (hidden ? '(sensitive value)' : renderValue(v));
    const label = key.padEnd(width);
    if (sign === '+') {
      if (isObject(unknown) && unknown[key] && !(key in (after ?? {}))) {
        lines.push(`      + ${label} = (known after apply)`);
      } else if (after?.[key] !== null) lines.push(`      + ${label} = ${show(after?.[key])}`);
    } else if (sign === '-') {
      if (before?.[key] !== null) lines.push(`      - ${label} = ${show(before[key])} -> null`);
    } else {
      const was = before?.[key];
      const will = isObject(unknown) && unknown[key] ? undefined : after?.[key];
      if (canonical(was) === canonical(will) && !(isObject(unknown) && unknown[key])) continue;
      const to = will === undefined ? '(known after apply)' : show(will);
      lines.push(`      ~ ${label} = ${show(was)} -> ${to}`);
    }
  }
  return lines;
}

function renderPlan(plan) {
  const changed = plan.changes.filter((c) => !isNoop(c) || actionsKey(c) === 'read');
  const outputChanges = Object.entries(plan.outputs).filter(([, o]) => o.actions[0] !== 'no-op');
  if (changed.length === 0 && outputChanges.length === 0 && plan.mode === 'destroy') {
    return [
      '',
      'No changes. No objects need to be destroyed.',
      '',
      'Either you have not created any objects yet or the existing objects were',
      'already deleted outside of OpenTofu.',
    ];
  }
  if (changed.length === 0 && outputChanges.length === 0) {
    return [
      '',
      'No changes. Your infrastructure matches the configuration.',
      '',
      'OpenTofu has compared your real infrastructure against your configuration',
      'and found no differences, so no changes are needed.',
    ];
  }
  const lines = [''];
  if (changed.length) {
    lines.push(
      'OpenTofu used the selected providers to generate the following execution',
      'plan. Resource actions are indicated with the following symbols:',
    );
    const used = Object.keys(SYMBOLS).filter((k) => changed.some((c) => actionsKey(c) === k));
    for (const key of used) lines.push(`${SYMBOLS[key][0]} ${SYMBOLS[key][1]}`);
    lines.push('', 'OpenTofu will perform the following actions:', '');
    for (const c of changed) {
      const key = actionsKey(c);
      const [symbol] = SYMBOLS[key] ?? ['  ?'];
      lines.push(`  # ${c.address} ${HEADLINES[key] ?? `will be changed (${key})`}`);
      const kind = c.mode === 'data' ? 'data' : 'resource';
      lines.push(`${symbol} ${kind} "${c.type}" "${c.name}" {`);
      const sign = key === 'delete' ? '-' : key === 'update' ? '~' : '+';
      lines.push(...renderAttributes(c.change, sign), '    }', '');
    }
  }
  const count = (pred) => plan.changes.filter((c) => pred(actionsKey(c))).length;
  const add = count((k) => k === 'create' || k.includes(','));
  const change = count((k) => k === 'update');
  const destroy = count((k) => k === 'delete' || k.includes(','));
  if (changed.length)
    lines.push(`Plan: ${add} to add, ${change} to change, ${destroy} to destroy.`);
  if (outputChanges.length) {
    lines.push('', 'Changes to Outputs:');
    for (const [name, o] of outputChanges) {
      const sign = o.actions[0] === 'delete' ? '-' : o.actions[0] === 'create' ? '+' : '~';
      const value = o.after_sensitive
        ? '(sensitive value)'
        : o.after_unknown
          ? '(known after apply)'
          : o.actions[0] === 'delete'
            ? 'null'
            : renderValue(o.after);
      lines.push(`  ${sign} ${name} = ${value}`);
    }
    if (!changed.length) {
      lines.push(
        '',
        'You can apply this plan to save these new output values to the OpenTofu',
        'state, without changing any real infrastructure.',
      );
    }
  }
  return lines;
}

function writePlanFile(path, unit, plan, run) {
  const payload = {
    unit: unit.name,
    plan_mode: plan.mode,
    tofu_version: run.tofuVersion,
    plan_sha256: plan.hash,
    state_sha256: plan.stateHash,
    resource_changes: plan.changes,
    output_changes: plan.outputs,
  };
  writeFileAtomic(path, `${PLAN_MAGIC}\nsha256:${plan.hash}\n${JSON.stringify(payload)}\n`);
}

function readPlanFile(path) {
  const text = readFileSync(path, 'utf8');
  const [magic, , json] = text.split('\n');
  if (magic !== PLAN_MAGIC || !json) throw new Error('zip: not a valid zip file');
  const payload = JSON.parse(json);
  return {
    mode: payload.plan_mode ?? 'normal',
    changes: payload.resource_changes,
    outputs: payload.output_changes,
    hash: payload.plan_sha256,
    stateHash: payload.state_sha256,
  };
}

// ---------------------------------------------------------------------------------------------
// Apply

/** A deterministic value for what was "known after apply". */
function resolveUnknown(address, type, key) {
  const hash = sha256(`${address}#${key}`);
  if (key === 'id') {
    const prefix = type.replace(/^[a-z0-9]+_/, '').split('_')[0];
    return `${prefix}-${hash.slice(0, 17)}`;
  }
  if (key === 'arn')
    return `arn:aws:${type.split('_')[1] ?? 'svc'}:eu-west-2:123456789012:${hash.slice(0, 12)}`;
  return `${key}-${hash.slice(0, 8)}`;
}

function appliedValues(change) {
  const values = { ...(isObject(change.change.after) ? change.change.after : {}) };
  const unknown = change.change.after_unknown;
  if (isObject(unknown)) {
    for (const key of Object.keys(unknown)) {
      if (unknown[key] === true && values[key] === undefined) {
        values[key] = resolveUnknown(change.address, change.type, key);
      }
    }
  }
  return values;
}

/** A destroy plan applied: its resources and outputs leave the state, and so does their record. */
function destroyInState(state, plan) {
  const next = structuredClone({ ...state, hash: undefined });
  for (const c of plan.changes.filter(isDelete)) {
    delete next.resources[c.address];
    delete next.applied[c.address];
  }
  for (const [name, o] of Object.entries(plan.outputs)) {
    if (o.actions[0] === 'delete') delete next.outputs[name];
  }
  next.serial = (state.serial ?? 0) + 1;
  return next;
}

function applyToState(state, plan) {
  if (plan.mode === 'destroy') return destroyInState(state, plan);
  const next = structuredClone({ ...state, hash: undefined });
  for (const c of plan.changes) {
    if (isNoop(c)) continue;
    if (isDelete(c)) delete next.resources[c.address];
    else {
      next.resources[c.address] = {
        mode: c.mode,
        type: c.type,
        name: c.name,
        ...(c.module_address ? { module_address: c.module_address } : {}),
        provider_name: c.provider_name,
        values: appliedValues(c),
        sensitive: isObject(c.change.after_sensitive) ? c.change.after_sensitive : {},
      };
    }
    next.applied[c.address] = changeHash(c);
  }
  for (const [name, o] of Object.entries(plan.outputs)) {
    if (o.actions[0] === 'no-op') continue;
    if (o.actions[0] === 'delete') delete next.outputs[name];
    else {
      const value = o.after_unknown ? `${name}-${sha256(name).slice(0, 8)}` : o.after;
      next.outputs[name] = {
        value,
        sensitive: Boolean(o.after_sensitive),
        applied: o.applied_hash,
      };
    }
  }
  next.serial = (state.serial ?? 0) + 1;
  next.lineage ??= randomUUID();
  return next;
}

function applyProgress(plan, state) {
  const starting = [];
  const finished = [];
  const idOf = (c) => state.resources[c.address]?.values?.id;
  for (const c of plan.changes) {
    const key = actionsKey(c);
    if (isNoop(c)) continue;
    const newId = () => appliedValues(c).id ?? resolveUnknown(c.address, c.type, 'id');
    if (key === 'create') {
      starting.push(`${c.address}: Creating...`);
      finished.push(`${c.address}: Creation complete after 1s [id=${newId()}]`);
    } else if (key === 'update') {
      starting.push(`${c.address}: Modifying... [id=${idOf(c) ?? newId()}]`);
      finished.push(`${c.address}: Modifications complete after 1s [id=${idOf(c) ?? newId()}]`);
    } else if (key === 'delete') {
      starting.push(`${c.address}: Destroying... [id=${idOf(c) ?? 'unknown'}]`);
      finished.push(`${c.address}: Destruction complete after 1s`);
    } else {
      starting.push(`${c.address}: Destroying... [id=${idOf(c) ?? 'unknown'}]`);
      finished.push(`${c.address}: Destruction complete after 1s`, `${c.address}: Creating...`);
      finished.push(`${c.address}: Creation complete after 1s [id=${newId()}]`);
    }
  }
  return { starting, finished };
}

function applySummary(plan, next, destroyCommand) {
  const count = (pred) => plan.changes.filter((c) => pred(actionsKey(c))).length;
  if (destroyCommand)
    return ['', `Destroy complete! Resources: ${count((k) => k === 'delete')} destroyed.`];
  const lines = [
    '',
    `Apply complete! Resources: ${count((k) => k === 'create' || k.includes(','))} added, ` +
      `${count((k) => k === 'update')} changed, ${count((k) => k === 'delete' || k.includes(','))} destroyed.`,
  ];
  const outputs = Object.entries(next.outputs);
  if (outputs.length) {
    lines.push('', 'Outputs:', '');
    for (const [name, o] of outputs.sort(([a], [b]) => byteOrder(a, b))) {
      lines.push(`${name} = ${o.sensitive ? '<sensitive>' : renderValue(o.value)}`);
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// One unit

const TOFU_FLAGS = {
  plan: {
    bool: [
      'detailed-exitcode',
      'destroy',
      'no-color',
      'compact-warnings',
      'concise',
      'lock',
      'input',
      'refresh',
    ],
    value: ['lock-timeout', 'parallelism', 'var', 'var-file', 'out'],
  },
  apply: {
    bool: ['auto-approve', 'destroy', 'no-color', 'compact-warnings', 'concise', 'lock', 'input'],
    value: ['lock-timeout', 'parallelism'],
    positional: 1,
  },
  destroy: {
    bool: ['auto-approve', 'no-color', 'compact-warnings', 'concise', 'lock', 'input', 'refresh'],
    value: ['lock-timeout', 'parallelism', 'var', 'var-file'],
    positional: 1,
  },
  validate: { bool: ['no-color'], value: [] },
};

/** Parsed OpenTofu flags, or the error `tofu <command>` prints for a bad one. */
function parseTofuArgs(command, args) {
  const spec = TOFU_FLAGS[command];
  const flags = { lock: true, detailed: false, destroy: false };
  const positional = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    if (spec.bool.includes(name)) {
      const value = eq < 0 ? true : parseBool(body.slice(eq + 1));
      if (value === undefined)
        return { error: `invalid boolean value "${body.slice(eq + 1)}" for -${name}` };
      if (name === 'lock') flags.lock = value;
      if (name === 'detailed-exitcode') flags.detailed = value;
      if (name === 'destroy') flags.destroy = value;
    } else if (spec.value.includes(name)) {
      if (eq < 0) i += 1;
      if (eq < 0 && args[i] === undefined) return { error: `flag needs an argument: -${name}` };
    } else return { error: `flag provided but not defined: -${name}` };
  }
  if (positional.length > (spec.positional ?? 0)) {
    return { error: 'Too many command line arguments. Did you mean to use -chdir?' };
  }
  return { flags, positional };
}

function cacheDirOf(unit) {
  const h = (text) => createHash('sha1').update(text).digest('base64url').slice(0, 27);
  if (!unit.source) return undefined;
  return `./${unit.rel === '.' ? '' : `${unit.rel.split(sep).join('/')}/`}.terragrunt-cache/${h(unit.dir)}/${h(unit.source.text)}`;
}

async function pause(ms, signal) {
  if (!ms) return signal.aborted ? 'interrupted' : 'done';
  try {
    await sleep(ms, undefined, { signal });
    return 'done';
  } catch {
    return 'interrupted';
  }
}

/** Runs one unit's tofu command; { code, cause? } where cause is Terragrunt's run error text. */
async function runUnit(unit, run) {
  const out = new TofuOutput(run.all ? unit.name : '');
  const prefix = run.all ? unit.name : '';
  const cache = cacheDirOf(unit);
  const commandArgs = [...run.tofuArgs];
  // Terragrunt's TerraformCommandsNeedInput: apply and plan here (not destroy, not validate).
  if (run.command === 'plan' || run.command === 'apply') commandArgs.unshift('-input=false');
  const approves = run.command === 'apply' || run.command === 'destroy';
  if (approves && !commandArgs.includes('-auto-approve'))
    commandArgs.splice(run.command === 'apply' ? 1 : 0, 0, '-auto-approve');
  const planPath = run.outDir ? join(run.outDir, unit.rel, PLAN_FILE) : undefined;
  // Terragrunt appends <out-dir>/<unit>/tfplan.tfplan to every command but plan (-out=).
  if (run.command === 'plan' && planPath) commandArgs.push(`-out=${planPath}`);
  else if (run.command !== 'validate' && planPath) commandArgs.push(planPath);
  const shown = `${logSettings.tfName} ${run.command} ${commandArgs.join(' ')}`.trim();
  const fail = (code = 1) => ({
    code,
    cause: `Failed to execute "${shown}" in ${cache ?? `./${unit.rel.split(sep).join('/')}`}\n${out.stderr.join('\n')}\nexit status ${code}`,
  });

  let scenario;
  try {
    scenario = loadScenario(unit);
  } catch (error) {
    log.error(prefix, error.message);
    return { code: 1, cause: error.message };
  }
  if (unit.source) {
    log.info(prefix, `Downloading Terraform configurations from ${unit.source.text} into ${cache}`);
    if (unit.remote && !scenario) {
      log.warn(prefix, 'Stand-in: remote module sources are not read; planning no resources.');
    }
  }
  log.info(prefix, `Running command: ${shown}`);

  const parsed = parseTofuArgs(run.command, run.tofuArgs);
  if (parsed.error) {
    out.err(diagnostic('Failed to parse command-line flags', parsed.error));
    out.err(['', 'For more help on using this command, run:', `  tofu ${run.command} -help`]);
    return fail();
  }
  const context = { unit, run, out, scenario, flags: parsed.flags, fail };
  if (run.command === 'validate') return validateUnit(context);
  if (run.command === 'plan') return planUnit(context, planPath);
  if (run.command === 'destroy') return destroyUnit(context, planPath ?? parsed.positional[0]);
  return applyUnit(context, planPath);
}

/** Interrupted mid-operation: OpenTofu's graceful stop, or its exit on a second interrupt. */
async function interrupted({ run, out, scenario, fail }, lock) {
  out.out([
    '',
    'Interrupt received.',
    'Please wait for OpenTofu to exit or data loss may occur.',
    'Gracefully shutting down...',
    '',
    'Stopping operation...',
  ]);
  const stop = await pause(scenario?.stop_ms, run.secondInterrupt.signal);
  if (stop === 'interrupted' && scenario?.stop_ms) {
    out.err([
      '',
      'Two interrupts received. Exiting immediately. Note that data loss may have occurred.',
      '',
    ]);
    out.err(diagnostic('operation canceled'));
    return fail();
  }
  releaseLock(lock, out);
  out.err(diagnostic('execution halted'));
  return fail();
}

async function validateUnit(context) {
  const { run, out, scenario, fail } = context;
  if ((await pause(scenario?.sleep_ms, run.interrupt.signal)) === 'interrupted') {
    return interrupted(context, undefined);
  }
  const failure = failureFor(scenario, 'validate');
  if (failure) {
    out.err(diagnostic(failure));
    return fail();
  }
  out.out('Success! The configuration is valid.');
  out.out('');
  return { code: 0 };
}

async function planUnit(context, planPath) {
  const { unit, run, out, scenario, flags, fail } = context;
  const lock = flags.lock ? acquireLock(unit, 'OperationTypePlan', run, scenario, out) : undefined;
  if (lock?.holder) {
    out.err(lockErrorDiagnostic(lock.holder));
    return fail();
  }
  const state = readState(unit);
  for (const [address, entry] of Object.entries(state.resources)) {
    out.out(`${address}: Refreshing state... [id=${entry.values?.id ?? 'unknown'}]`);
  }
  if ((await pause(scenario?.sleep_ms, run.interrupt.signal)) === 'interrupted') {
    return interrupted(context, lock);
  }
  const failure = failureFor(scenario, 'plan');
  if (failure) {
    out.err(diagnostic(failure));
    releaseLock(lock, out);
    return fail();
  }
  const plan = computePlan(unit, scenario, state, flags.destroy ? 'destroy' : 'normal');
  out.out(renderPlan(plan));
  const planFile = planPath ?? (run.jsonOutDir ? PLAN_FILE : undefined);
  if (planPath) {
    writePlanFile(planPath, unit, plan, run);
    out.out(['', '─'.repeat(77), '', `Saved the plan to: ${planPath}`, '']);
    out.out(['To perform exactly these actions, run the following command to apply:']);
    out.out(`    tofu apply "${planPath}"`);
  }
  releaseLock(lock, out);
  if (run.jsonOutDir) {
    log.info(
      run.all ? unit.name : '',
      `Running command: ${logSettings.tfName} show -json ${planFile}`,
    );
    const jsonPath = join(run.jsonOutDir, unit.rel, PLAN_JSON_FILE);
    writeFileAtomic(jsonPath, `${JSON.stringify(planJson(plan, state, run))}\n`);
  }
  return { code: flags.detailed && plan.hasChanges ? 2 : 0 };
}

/**
 * Applies the saved plan (whatever its mode: OpenTofu ignores -destroy beside a plan file), or
 * without one plans (a destroy plan with -destroy, or for `tofu destroy`) and applies.
 */
async function applyUnit(context, planPath, destroyCommand = false) {
  const { unit, run, out, scenario, flags, fail } = context;
  let saved;
  if (planPath) {
    if (!existsSync(planPath)) {
      out.err(
        diagnostic(
          `Failed to load "${planPath}" as a plan file`,
          `Error: stat ${planPath}: no such file or directory`,
        ),
      );
      return fail();
    }
    try {
      saved = readPlanFile(planPath);
    } catch (error) {
      out.err(diagnostic(`Failed to load "${planPath}" as a plan file`, `Error: ${error.message}`));
      return fail();
    }
  }
  const lock = flags.lock ? acquireLock(unit, 'OperationTypeApply', run, scenario, out) : undefined;
  if (lock?.holder) {
    out.err(lockErrorDiagnostic(lock.holder));
    return fail();
  }
  const state = readState(unit);
  const mode = saved?.mode ?? (flags.destroy || destroyCommand ? 'destroy' : 'normal');
  const current = computePlan(unit, scenario, state, mode);
  if (saved && (saved.stateHash !== state.hash || saved.hash !== current.hash)) {
    out.err(
      diagnostic(
        'Saved plan is stale',
        'The given plan file can no longer be applied because the state was changed by another ' +
          'operation after the plan was created.',
      ),
    );
    releaseLock(lock, out);
    return fail();
  }
  const plan = saved ?? current;
  if (!saved) out.out(renderPlan(plan));
  const progress = applyProgress(plan, state);
  out.out(progress.starting);
  if ((await pause(scenario?.sleep_ms, run.interrupt.signal)) === 'interrupted') {
    return interrupted(context, lock);
  }
  const failure = failureFor(scenario, mode === 'destroy' ? 'destroy' : 'apply');
  if (failure) {
    out.err(diagnostic(failure));
    releaseLock(lock, out);
    return fail();
  }
  const next = applyToState(state, plan);
  writeState(unit, next);
  out.out(progress.finished);
  out.out(applySummary(plan, next, destroyCommand));
  releaseLock(lock, out);
  return { code: 0 };
}

/** `tofu destroy`: plans the destroy and applies it; a plan file is OpenTofu's error. */
async function destroyUnit(context, planPath) {
  const { out, fail } = context;
  if (!planPath) return applyUnit(context, undefined, true);
  if (!existsSync(planPath)) {
    out.err(
      diagnostic(
        `Failed to load "${planPath}" as a plan file`,
        `Error: stat ${planPath}: no such file or directory`,
      ),
    );
    return fail();
  }
  out.err(
    diagnostic(
      "Destroy can't be called with a plan file",
      `If this plan was created using plan -destroy, apply it using:\n  tofu apply "${planPath}"`,
    ),
  );
  return fail();
}

// ---------------------------------------------------------------------------------------------
// force-unlock

function forceUnlock(workingDir, args) {
  const out = new TofuOutput('');
  const id = args.filter((a) => !a.startsWith('-'))[0];
  if (!id) {
    out.err(diagnostic('Missing lock ID', 'Usage: tofu force-unlock [options] LOCK_ID'));
    return 1;
  }
  const unit = { dir: workingDir };
  const lockPath = join(stateDirOf(unit), LOCK_FILE);
  const scenarioPath = join(workingDir, SCENARIO_FILE);
  let unlocked = false;
  if (existsSync(lockPath) && readJson(lockPath).ID === id) {
    rmSync(lockPath, { force: true });
    unlocked = true;
  } else if (existsSync(scenarioPath)) {
    const scenario = readJson(scenarioPath);
    if (isObject(scenario.lock) && scenario.lock.held && String(scenario.lock.id) === id) {
      scenario.lock.held = false;
      writeFileAtomic(scenarioPath, `${JSON.stringify(scenario, null, 2)}\n`);
      unlocked = true;
    }
  }
  if (!unlocked) {
    out.err(
      diagnostic(
        'Failed to unlock state',
        `failed to unlock state: lock ID "${id}" does not match existing lock`,
      ),
    );
    return 1;
  }
  out.out([
    'OpenTofu state has been successfully unlocked!',
    '',
    'The state has been unlocked, and OpenTofu commands should now be able to',
    'obtain a new lock on the remote state.',
  ]);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The run: queue, report, summary, exit code

function detectTofu(tfPath) {
  try {
    const text = execFileSync(tfPath, ['-version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const match = /^(OpenTofu|Terraform) v(\S+)/m.exec(text);
    if (!match)
      throw new UsageError(`Unable to parse the version of ${tfPath} from: ${text.trim()}`);
    return match[2];
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (error.code === 'ENOENT' || error.code === 'EACCES') {
      throw new UsageError(
        tfPath.includes('/')
          ? `fork/exec ${tfPath}: no such file or directory`
          : `exec: "${tfPath}": executable file not found in $PATH`,
      );
    }
    throw new UsageError(`Failed to execute "${tfPath} -version": ${error.message}`);
  }
}

function reportEntry(unit, started, ended, result, reason, cause) {
  return { unit, started, ended, result, reason, cause };
}

async function runQueue(order, run) {
  const status = new Map(order.map((u) => [u, 'pending']));
  const entries = [];
  const codes = [];
  const running = new Set();
  for (;;) {
    let progressed = true;
    while (progressed) {
      progressed = false;
      for (const unit of order) {
        if (status.get(unit) !== 'pending') continue;
        const before = prerequisites(unit, run.down);
        const blocked =
          before.find((d) => status.get(d) === 'failed') ??
          before.find((d) => status.get(d) === 'early exit');
        if (!blocked) continue;
        status.set(unit, 'early exit');
        const now = new Date();
        const relation = run.down ? 'Dependent' : 'Dependency';
        log.error(
          unit.name,
          `${relation} ${blocked.name} of unit ${unit.name} just finished with an error. ` +
            `Unit ${unit.name} will have to return an error too.`,
        );
        entries.push(reportEntry(unit, now, now, 'early exit', 'ancestor error'));
        progressed = true;
      }
    }
    const stopping = run.interrupt.signal.aborted || run.failFastTripped;
    for (const unit of order) {
      if (stopping || running.size >= run.parallelism) break;
      if (status.get(unit) !== 'pending') continue;
      if (!prerequisites(unit, run.down).every((d) => status.get(d) === 'succeeded')) continue;
      status.set(unit, 'running');
      const started = new Date();
      const task = runUnit(unit, run)
        .catch((error) => ({ code: 1, cause: `stand-in error: ${error.stack ?? error}` }))
        .then((result) => {
          running.delete(task);
          codes.push(result.code);
          const ok = result.code === 0 || result.code === 2;
          status.set(unit, ok ? 'succeeded' : 'failed');
          if (!ok && run.failFast) run.failFastTripped = true;
          entries.push(
            ok
              ? reportEntry(unit, started, new Date(), 'succeeded')
              : reportEntry(unit, started, new Date(), 'failed', 'run error', result.cause),
          );
          if (!ok && run.all) log.error(unit.name, `Unit ${unit.name} has finished with an error`);
        });
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  for (const entry of entries) entry.cause ??= earlyExitCause(entry, status);
  return { entries, codes };
}

/**
 * Terragrunt names, for an early exit, the base name of a dependency that failed (else of one
 * that exited early), looked up once the run is over; in a down run the unit's dependencies
 * come after it, so the bottom unit of a chain has no cause.
 */
function earlyExitCause(entry, status) {
  if (entry.result !== 'early exit') return undefined;
  const deps = entry.unit.deps;
  const ancestor =
    deps.find((d) => status.get(d) === 'failed') ??
    deps.find((d) => status.get(d) === 'early exit');
  return ancestor && basename(ancestor.dir);
}

function writeReport(path, format, entries, workingDir) {
  const sorted = [...entries].sort((a, b) => a.started - b.started);
  const name = (unit) => unitName(unit.dir, workingDir);
  let text;
  if (format === 'json') {
    const runs = sorted.map((e) => ({
      Started: rfc3339Local(e.started),
      Ended: rfc3339Local(e.ended),
      ...(e.reason ? { Reason: e.reason } : {}),
      ...(e.cause ? { Cause: e.cause } : {}),
      Name: name(e.unit),
      Result: e.result,
    }));
    text = `${JSON.stringify(runs, null, 2)}\n`;
  } else {
    const cell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const seconds = (d) => rfc3339Local(new Date(Math.floor(d.getTime() / 1000) * 1000));
    const rows = [['Name', 'Started', 'Ended', 'Result', 'Reason', 'Cause', 'Ref', 'Cmd', 'Args']];
    for (const e of sorted) {
      rows.push([
        name(e.unit),
        seconds(e.started),
        seconds(e.ended),
        e.result,
        e.reason ?? '',
        e.cause ?? '',
        '',
        '',
        '',
      ]);
    }
    text = rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
  }
  writeFileAtomic(path, text);
}

function printSummary(entries, perUnit, workingDir) {
  const count = (result) => entries.filter((e) => e.result === result).length;
  const first = Math.min(...entries.map((e) => e.started.getTime()));
  const last = Math.max(...entries.map((e) => e.ended.getTime()));
  const total = entries.length ? humanDuration(last - first) : '0ms';
  const lines = ['', `❯❯ Run Summary  ${entries.length} units  ${total}`, `   ${'─'.repeat(28)}`];
  const groups = [
    ['Succeeded', 'succeeded'],
    ['Failed', 'failed'],
    ['Early Exits', 'early exit'],
    ['Excluded', 'excluded'],
  ];
  for (const [label, result] of groups) {
    const n = count(result);
    if (!n) continue;
    if (!perUnit) {
      lines.push(`   ${label}${' '.repeat(Math.max(2, 20 - (3 + label.length) - 4))}${n}`);
      continue;
    }
    lines.push(`   ${label} (${n})`);
    const group = entries
      .filter((e) => e.result === result)
      .sort((a, b) => b.ended - b.started - (a.ended - a.started));
    for (const e of group) {
      const unitLabel = unitName(e.unit.dir, workingDir);
      lines.push(`      ${unitLabel.padEnd(20)}  ${humanDuration(e.ended - e.started)}`);
    }
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function runCommand({ options, tofuCommand, tofuArgs }) {
  logSettings.disabled = Boolean(options['log-disable']);
  logSettings.forwardStdout = Boolean(options['tf-forward-stdout'] || options['log-disable']);
  const workingDir = resolve(process.cwd(), options['working-dir'] ?? '.');
  if (!existsSync(workingDir) || !statSync(workingDir).isDirectory()) {
    throw new UsageError(`The working directory ${workingDir} does not exist`);
  }
  if (!tofuCommand) {
    throw new UsageError('Missing the OpenTofu command to run, e.g. `terragrunt run -- plan`');
  }
  if (!SIMULATED.includes(tofuCommand)) {
    throw new UsageError(
      `the Terragrunt stand-in simulates ${SIMULATED.join(', ')}; "${tofuCommand}" is not simulated`,
    );
  }
  if (tofuCommand === 'force-unlock') return forceUnlock(workingDir, tofuArgs);

  const tfPath = options['tf-path'] ?? 'tofu';
  logSettings.tfName = basename(tfPath);
  const resolvedTf = tfPath.includes('/') ? resolve(process.cwd(), tfPath) : tfPath;
  const all = Boolean(options.all);
  const run = {
    all,
    command: tofuCommand,
    // Terragrunt's IsDestroyCommand: destroy, or any command given the exact argument -destroy.
    down: tofuCommand === 'destroy' || tofuArgs.includes('-destroy'),
    tofuArgs,
    tofuVersion: detectTofu(resolvedTf),
    outDir: options['out-dir'] ? resolve(workingDir, options['out-dir']) : undefined,
    jsonOutDir: options['json-out-dir'] ? resolve(workingDir, options['json-out-dir']) : undefined,
    parallelism: Number(options.parallelism) > 0 ? Number(options.parallelism) : Infinity,
    failFast: Boolean(options['fail-fast']),
    interrupt: new AbortController(),
    secondInterrupt: new AbortController(),
  };
  if (run.outDir) mkdirSync(run.outDir, { recursive: true });
  if (run.jsonOutDir) mkdirSync(run.jsonOutDir, { recursive: true });

  const onSignal = (signal) => {
    if (run.interrupt.signal.aborted) {
      run.secondInterrupt.abort();
      return;
    }
    process.stdout.write('\r');
    const label = signal === 'SIGINT' ? 'Interrupt' : 'Terminated';
    emit(process.stderr, 'INFO', '', `${label} signal received. Gracefully shutting down...`);
    run.interrupt.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const units = loadUnits(workingDir, all);
  const excluded = run.down ? preventDestroyExclusions(units) : new Set();
  const order = dependencyOrder(
    units.filter((unit) => !excluded.has(unit)),
    run.down,
  );
  if (all) {
    const list = order.map((u) => `- Unit ${u.name}`).join('\n');
    log.info('', `Unit queue will be processed for ${tofuCommand} in this order:\n${list}`);
  }
  // Reported before the queue runs, as Terragrunt does for excluded units.
  const started = new Date();
  const kept = [...excluded].map((unit) =>
    reportEntry(unit, started, started, 'excluded', 'exclude block'),
  );
  const { entries: ran, codes } = await runQueue(order, run);
  const entries = [...kept, ...ran];

  const reportFile = options['report-file'];
  if (reportFile) {
    const path = resolve(workingDir, reportFile);
    const format = options['report-format'] ?? (extname(path) === '.json' ? 'json' : 'csv');
    if (!['json', 'csv'].includes(format)) {
      throw new UsageError(`unsupported report format: ${format} (use csv or json)`);
    }
    writeReport(path, format, entries, workingDir);
  }
  if (all && !options['summary-disable'] && entries.length) {
    printSummary(entries, Boolean(options['summary-per-unit']), workingDir);
  }
  const failed = codes.filter((c) => c !== 0 && c !== 2);
  if (failed.length) return Math.max(...failed);
  if (run.interrupt.signal.aborted) return 1;
  return codes.includes(2) ? 2 : 0;
}

async function main(argv) {
  try {
    const parsed = parseArgs(argv, process.env);
    if (parsed.action === 'version') {
      process.stdout.write(`terragrunt version v${VERSION}\n`);
      return 0;
    }
    if (parsed.action === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    return await runCommand(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log.error('', error.message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
