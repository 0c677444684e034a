import {
  approvalText,
  fluxText,
  lagText,
  originText,
  pinText,
  setByText,
  short,
} from './describe.js';
import type { AppStatus, FleetStatus } from './model.js';

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const HEADERS = ['ENVIRONMENT', 'PIN', 'FLUX', 'SET BY', 'HOW', 'APPROVED', 'BEHIND'];

function table(rows: string[][]): string[] {
  const widths = HEADERS.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function appLines(app: AppStatus): string[] {
  const rows = app.environments.map((env) => [
    env.environment,
    pinText(env),
    fluxText(env.flux),
    setByText(env.setBy),
    clip(env.setBy ? originText(env.setBy) : (env.problem ?? ''), 60),
    approvalText(env.approval),
    lagText(env.lag),
  ]);
  return [`${app.app} (image ${app.image})`, ...table([HEADERS, ...rows]).map((l) => `  ${l}`)];
}

/** The plain-text face: one table per app, environments in promotion order. */
export function renderText(status: FleetStatus): string {
  const head = `${status.repository} ${status.branch} @ ${short(status.head)}, ${status.generatedAt}`;
  const apps =
    status.apps.length > 0
      ? status.apps.flatMap((app) => ['', ...appLines(app)])
      : ['', 'No apps with an image in infra-fleet.yaml.'];
  const warnings = status.warnings.map((warning) => `warning: ${warning}`);
  return `${[`Fleet status of ${head}`, ...apps, ...(warnings.length ? ['', ...warnings] : [])].join('\n')}\n`;
}
