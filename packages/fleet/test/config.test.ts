import { describe, expect, it } from '@jest/globals';
import {
  defaultFleetConfig,
  environmentOrder,
  FleetConfigError,
  findApp,
  overlayFolder,
  parseFleetConfig,
  statusContexts,
} from '../src/index.js';

const OURS = `# infra-fleet.yaml
environments: [staging, production]
infrastructure:
  root: infrastructure
  environments: "environments/{env}"
  shared: [permanent]
k8s:
  root: k8s
  overlays: "overlays/{env}"
  clusters: "clusters/{env}"
apps:
  load-harness:
    image: ECR_PLACEHOLDER
    status-contexts: ["flux/{env}/kustomization/load-harness"]
`;

function problemsOf(text: string): string {
  try {
    parseFleetConfig(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FleetConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('parseFleetConfig', () => {
  it('reads every key of our own layout', () => {
    const config = parseFleetConfig(OURS);
    expect(config.environments).toEqual(['staging', 'production']);
    expect(config.infrastructure.root).toBe('infrastructure');
    expect(config.infrastructure.environments.text).toBe('environments/{env}');
    expect(config.infrastructure.shared).toEqual(['permanent']);
    expect(config.k8s.overlays.text).toBe('overlays/{env}');
    expect(config.apps).toEqual([
      {
        name: 'load-harness',
        image: 'ECR_PLACEHOLDER',
        statusContexts: ['flux/{env}/kustomization/load-harness'],
      },
    ]);
    expect([...config.explicit].sort()).toEqual([
      'environments',
      'infrastructure.environments',
      'infrastructure.root',
      'infrastructure.shared',
      'k8s.clusters',
      'k8s.overlays',
      'k8s.root',
    ]);
  });

  it('fills what the file leaves out with the defaults, which are not explicit', () => {
    const config = parseFleetConfig('infrastructure:\n  root: "."\n  environments: "*/*/{env}"\n');
    expect(config.infrastructure.root).toBe('.');
    expect(config.k8s.root).toBe('k8s');
    expect(config.k8s.overlays.text).toBe('overlays/{env}');
    expect(config.explicit.has('k8s.root')).toBe(false);
    expect(config.explicit.has('infrastructure.root')).toBe(true);
    expect(config.environments).toBeUndefined();
  });

  it('an empty file is the defaults', () => {
    expect(parseFleetConfig('').k8s).toEqual(defaultFleetConfig().k8s);
  });

  it('reports unknown keys at their line and column, with a did-you-mean', () => {
    const message = problemsOf('enviroments: [a]\nk8s:\n  root: k8s\n  overlay: "o/{env}"\n');
    expect(message).toContain(
      'infra-fleet.yaml:1:1: unknown key "enviroments"; did you mean "environments"?',
    );
    expect(message).toContain(
      'infra-fleet.yaml:4:3: unknown key "k8s.overlay"; did you mean "overlays"?',
    );
  });

  it('refuses patterns without {env}, with two, or with partial placeholders', () => {
    const message = problemsOf(
      [
        'infrastructure:',
        '  environments: "environments/*"',
        'k8s:',
        '  overlays: "{env}/{env}"',
        '  clusters: "clusters/env-{env}"',
      ].join('\n'),
    );
    expect(message).toContain(
      'infra-fleet.yaml:2:17: infrastructure.environments "environments/*" must hold {env} exactly once',
    );
    expect(message).toContain('4:13: k8s.overlays "{env}/{env}" must hold {env} exactly once');
    expect(message).toContain(
      '5:13: k8s.clusters "clusters/env-{env}" segment "env-{env}": {env}, {app} and * must each be a whole segment',
    );
  });

  it('refuses names outside the environment grammar, repeated environments and roots outside', () => {
    const message = problemsOf(
      [
        'environments: [staging, "$(touch pwned)", staging]',
        'infrastructure:',
        '  root: ../elsewhere',
        'apps:',
        '  "api server": {}',
      ].join('\n'),
    );
    expect(message).toContain('environment "$(touch pwned)" is not a valid name');
    expect(message).toContain('environments lists staging twice');
    expect(message).toContain('3:9: infrastructure.root "../elsewhere" must be a folder inside');
    expect(message).toContain('5:3: app "api server" is not a valid name');
  });

  it('locates invalid YAML and duplicate keys', () => {
    expect(problemsOf('k8s: [unclosed\n')).toMatch(/^infra-fleet\.yaml:\d+:\d+: not valid YAML/);
    expect(problemsOf('k8s:\n  root: a\n  root: b\n')).toMatch(
      /infra-fleet\.yaml:3:3: not valid YAML/,
    );
  });
});

describe('resolving apps and environments', () => {
  const config = parseFleetConfig(
    [
      'k8s:',
      '  overlays: "apps/{app}/overlays/{env}"',
      'apps:',
      '  api:',
      '    image: ghcr.io/acme/api',
      '  web:',
      '    status-contexts: ["argo/{app}-{env}", "flux/{env}/kustomization/{app}-edge"]',
    ].join('\n'),
  );

  it('expands the overlay of an app in an environment', () => {
    expect(overlayFolder(config, 'staging', 'api')).toBe('k8s/apps/api/overlays/staging');
    expect(() => overlayFolder(config, 'staging')).toThrow('has one overlay per app; name the app');
  });

  it('expands status contexts, defaulting to the Flux Kustomization named after the app', () => {
    expect(statusContexts(config, 'production', 'api')).toEqual([
      'flux/production/kustomization/api',
    ]);
    expect(statusContexts(config, 'production', 'web')).toEqual([
      'argo/web-production',
      'flux/production/kustomization/web-edge',
    ]);
  });

  it('names the declared apps and suggests the closest one', () => {
    expect(() => findApp(config, 'apii')).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('(apps: api, web)'),
        hint: 'Did you mean "api"?',
      }),
    );
  });

  it('orders environments as declared, else by name', () => {
    expect(environmentOrder(config, ['production', 'staging', 'dev'])).toEqual([
      'dev',
      'production',
      'staging',
    ]);
    const declared = parseFleetConfig('environments: [dev, staging, production]\n');
    expect(environmentOrder(declared, ['staging'])).toEqual(['dev', 'staging', 'production']);
  });
});
