/**
 * A monorepo with two apps, each with its own base and per-environment overlays under
 * k8s/apps/<app>/, one Flux cluster folder per environment, described by infra-fleet.yaml.
 */
const overlay = (
  app: string,
  env: string,
  tag: string,
) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${app}-${env}
resources:
  - ../../base
images:
  - name: ghcr.io/acme/${app}
    newTag: ${tag}
`;

const base = () => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
`;

const deployment = (app: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
spec:
  selector:
    matchLabels: { app: ${app} }
  template:
    metadata:
      labels: { app: ${app} }
    spec:
      containers:
        - name: ${app}
          image: ghcr.io/acme/${app}:latest
`;

const cluster = () => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - apps.yaml
`;

const fluxApps = (env: string) =>
  ['api', 'web']
    .map(
      (app) => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: ${app}
  namespace: flux-system
spec:
  interval: 5m
  path: ./k8s/apps/${app}/overlays/${env}
  prune: true
  sourceRef:
    kind: GitRepository
    name: fleet
`,
    )
    .join('---\n');

export const TWO_APPS_CONFIG = `environments: [staging, production]
k8s:
  root: k8s
  overlays: "apps/{app}/overlays/{env}"
  clusters: "clusters/{env}"
apps:
  api:
    image: ghcr.io/acme/api
  web:
    image: ghcr.io/acme/web
    status-contexts: ["flux/{env}/kustomization/{app}"]
`;

export function twoAppsRepoFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': '# two apps\n',
    'infra-fleet.yaml': TWO_APPS_CONFIG,
  };
  for (const app of ['api', 'web']) {
    files[`k8s/apps/${app}/base/kustomization.yaml`] = base();
    files[`k8s/apps/${app}/base/deployment.yaml`] = deployment(app);
    files[`k8s/apps/${app}/overlays/staging/kustomization.yaml`] = overlay(
      app,
      'staging',
      'v1.0.0',
    );
    files[`k8s/apps/${app}/overlays/production/kustomization.yaml`] = overlay(
      app,
      'production',
      'v1.0.0',
    );
  }
  for (const env of ['staging', 'production']) {
    files[`k8s/clusters/${env}/kustomization.yaml`] = cluster();
    files[`k8s/clusters/${env}/apps.yaml`] = fluxApps(env);
  }
  return files;
}
