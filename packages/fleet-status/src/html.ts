import {
  approvalText,
  fluxText,
  lagText,
  originText,
  pinText,
  setByText,
  short,
  when,
} from './describe.js';
import { formatPin } from './history.js';
import type { AppStatus, EnvironmentStatus, FleetStatus } from './model.js';

/** The static page: one self-contained file, no script, nothing loaded from anywhere. */

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `
:root { color-scheme: light; --ok: #1a7f37; --bad: #cf222e; --wait: #9a6700; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 10px; } h3 { font-size: 15px; margin: 18px 0 8px; }
.meta, .muted { color: var(--muted); }
.envs { display: grid; grid-template-columns: repeat(var(--columns), minmax(220px, 1fr)); gap: 14px; }
.card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 14px 16px; }
.card h3 { margin: 0 0 6px; display: flex; justify-content: space-between; align-items: baseline; }
.pin { font: 600 20px/1.3 ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; color: #fff; }
.verified { background: var(--ok); } .failed { background: var(--bad); } .pending { background: var(--wait); } .unverified { background: var(--muted); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; margin: 10px 0 0; }
dt { color: var(--muted); } dd { margin: 0; word-break: break-word; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px; }
table.timeline { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid #d0d7de; }
.timeline th, .timeline td { border-bottom: 1px solid #eaeef2; padding: 6px 10px; text-align: left; vertical-align: top; }
.timeline th { background: #f6f8fa; }
.change { display: inline-block; border-left: 3px solid #0969da; padding-left: 8px; }
.change.promoted { border-color: var(--ok); } .change.reason { border-color: var(--bad); }
.warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
`;

function card(env: EnvironmentStatus): string {
  const rows: Array<[string, string]> = [
    ['Set by', escape(setByText(env.setBy))],
    ['How', escape(env.setBy ? originText(env.setBy) : (env.problem ?? ''))],
    ['Approved', escape(approvalText(env.approval))],
    ['Behind', escape(lagText(env.lag))],
    [
      'Flux',
      escape(env.flux.contexts.map((c) => `${c.context}: ${c.state}`).join(', ') || 'no contexts'),
    ],
  ];
  return `<section class="card" data-environment="${escape(env.environment)}">
<h3><span>${escape(env.environment)}</span><span class="badge ${env.flux.state}">${escape(fluxText(env.flux))}</span></h3>
<div class="pin">${escape(pinText(env))}</div>
<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
</section>`;
}

function changeCell(app: AppStatus, environment: string, sha: string): string {
  const env = app.environments.find((e) => e.environment === environment);
  const change = env?.history.find((c) => c.commit.sha === sha);
  if (!change) return '';
  const { promotedFrom, reason } = change.commit.trailers;
  const kind = promotedFrom ? 'promoted' : reason ? 'reason' : 'deploy';
  return `<span class="change ${kind}"><code>${escape(formatPin(change.pin))}</code> <span class="muted">${escape(short(sha))}</span><br>${escape(originText(change.commit))}</span>`;
}

function timeline(app: AppStatus): string {
  const changes = app.environments.flatMap((env) => env.history.map((c) => c.commit));
  const commits = [...new Map(changes.map((c) => [c.sha, c])).values()].sort((a, b) =>
    b.date.localeCompare(a.date),
  );
  if (commits.length === 0) return '<p class="muted">No pin changes found.</p>';
  const head = app.environments.map((e) => `<th>${escape(e.environment)}</th>`).join('');
  const rows = commits.map(
    (commit) =>
      `<tr><td>${escape(when(commit.date))}</td>${app.environments
        .map((e) => `<td>${changeCell(app, e.environment, commit.sha)}</td>`)
        .join('')}</tr>`,
  );
  return `<table class="timeline"><thead><tr><th>When</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function appSection(app: AppStatus): string {
  return `<article class="app" data-app="${escape(app.app)}">
<h2>${escape(app.app)} <code>${escape(app.image)}</code></h2>
<div class="envs" style="--columns: ${Math.max(1, app.environments.length)}">${app.environments.map(card).join('\n')}</div>
<h3>Promotion timeline</h3>
${timeline(app)}
</article>`;
}

/** The HTML face: environments side by side per app, and a promotion timeline. */
export function renderHtml(status: FleetStatus): string {
  const title = `Fleet status: ${status.repository}`;
  const warnings = status.warnings.map((w) => `<p class="warning">${escape(w)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p class="meta">Branch <code>${escape(status.branch)}</code> at <code>${escape(short(status.head))}</code>, read ${escape(when(status.generatedAt))} UTC from the repository and GitHub. Environments in promotion order: ${status.environments.map(escape).join(' → ')}.</p>
${warnings}
${status.apps.map(appSection).join('\n')}
</body>
</html>
`;
}
