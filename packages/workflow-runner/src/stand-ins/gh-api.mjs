// Stand-in for `gh api` (the GitHub CLI on hosted runners), against GITHUB_API_URL with GH_TOKEN or
// GITHUB_TOKEN: --method/-X, -f/-F fields (query string for GET), -H, --paginate, --jq/-q (through
// jq, raw output as gh prints it), --silent. Other gh commands are not emulated.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function fail(message) {
  process.stderr.write(`gh (stand-in): ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args[0] !== 'api') fail(`only \`gh api\` is emulated, not \`gh ${args.join(' ')}\``);
let method;
let jq;
let paginate = false;
let silent = false;
let endpoint;
const fields = {};
const headers = {};
for (let i = 1; i < args.length; i += 1) {
  const arg = args[i];
  const next = () => args[++i] ?? fail(`${arg} needs a value`);
  if (arg === '--method' || arg === '-X') method = next().toUpperCase();
  else if (arg === '--jq' || arg === '-q') jq = next();
  else if (arg === '--paginate') paginate = true;
  else if (arg === '--silent') silent = true;
  else if (arg === '-H' || arg === '--header') {
    const [name, ...value] = next().split(':');
    headers[name.trim().toLowerCase()] = value.join(':').trim();
  } else if (arg === '-f' || arg === '--raw-field' || arg === '-F' || arg === '--field') {
    const pair = next();
    const at = pair.indexOf('=');
    const [key, raw] = [pair.slice(0, at), pair.slice(at + 1)];
    fields[key] = arg === '-f' || arg === '--raw-field' ? raw : typed(raw);
  } else if (arg.startsWith('-')) fail(`flag ${arg} is not emulated`);
  else endpoint = arg;
}
if (!endpoint) fail('no endpoint');

function typed(raw) {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  if (/^-?\d+$/.test(raw)) return Number(raw);
  if (raw.startsWith('@')) return readFileSync(raw.slice(1), 'utf8');
  return raw;
}

const repository = process.env.GH_REPO ?? process.env.GITHUB_REPOSITORY ?? '';
const [owner = '', repo = ''] = repository.split('/');
const path = endpoint.replace(/^\//, '').replaceAll('{owner}', owner).replaceAll('{repo}', repo);
method ??= Object.keys(fields).length > 0 ? 'POST' : 'GET';
const api = (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
let url = new URL(`${api}/${path}`);
if (method === 'GET') for (const [key, value] of Object.entries(fields)) url.searchParams.set(key, String(value)); // prettier-ignore
const token = process.env.GH_TOKEN ?? process.env.GITHUB_TOKEN;
const request = {
  method,
  headers: { accept: 'application/vnd.github+json', ...(token && { authorization: `token ${token}` }), ...headers }, // prettier-ignore
  ...(method !== 'GET' && Object.keys(fields).length > 0 && { body: JSON.stringify(fields) }),
};

function messageOf(text) {
  try {
    return JSON.parse(text).message ?? text;
  } catch {
    return text; // not JSON: show it as it came
  }
}

function print(text) {
  if (silent || text === '') return;
  if (jq === undefined) return process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const filtered = spawnSync('jq', ['-r', jq], { input: text, encoding: 'utf8' });
  process.stdout.write(filtered.stdout);
  if (filtered.status !== 0) fail(filtered.stderr.trim());
}

for (;;) {
  const response = await fetch(url, request);
  const text = await response.text();
  if (!response.ok) {
    fail(`${messageOf(text)} (HTTP ${response.status})`);
  }
  print(text);
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  if (!paginate || !next) break;
  url = new URL(next);
}
