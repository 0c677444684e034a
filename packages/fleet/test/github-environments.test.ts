import { describe, expect, it } from '@jest/globals';
import { FleetConfigError, parseFleetConfig } from '../src/index.js';

const TEXT = `environments: [staging, production]
github-environments:
  staging:
    deploy-from: { tags: ["v*"] }
    variables: [FLUX_BOT_LOGIN]
  production:
    reviewers: [maria, octo-org/sre]
    prevent-self-review: true
    wait-timer: 5
    deploy-from:
      branches: [main]
      tags: ["v*"]
    secrets: [RELEASE_APP_PRIVATE_KEY]
    variables: [FLUX_BOT_LOGIN, AWS_ROLE_ARN]
`;

function problems(text: string): string {
  try {
    parseFleetConfig(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FleetConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('github-environments', () => {
  it('reads each environment: reviewers (users and teams), timer, deployment refs, secrets, variables', () => {
    const [staging, production] = parseFleetConfig(TEXT).githubEnvironments;
    expect(staging).toEqual({
      name: 'staging',
      reviewers: [],
      preventSelfReview: false,
      waitTimer: 0,
      deployFrom: { branches: [], tags: ['v*'] },
      secrets: [],
      variables: ['FLUX_BOT_LOGIN'],
    });
    expect(production).toEqual({
      name: 'production',
      reviewers: [
        { type: 'User', name: 'maria' },
        { type: 'Team', name: 'octo-org/sre' },
      ],
      preventSelfReview: true,
      waitTimer: 5,
      deployFrom: { branches: ['main'], tags: ['v*'] },
      secrets: ['RELEASE_APP_PRIVATE_KEY'],
      variables: ['FLUX_BOT_LOGIN', 'AWS_ROLE_ARN'],
    });
  });

  it('is empty when the file declares none', () => {
    expect(parseFleetConfig('environments: [staging]\n').githubEnvironments).toEqual([]);
  });

  it('refuses what GitHub would not take, each problem at its file:line:column', () => {
    const message = problems(`github-environments:
  production:
    reviewer: [maria]
    wait-timer: 50000
    secrets: [GITHUB_TOKEN]
    deploy-from: { tag: ["v*"] }
  "bad name": {}
`);
    expect(message.split('\n')).toEqual([
      'infra-fleet.yaml:3:5: unknown key "github-environments.production.reviewer"; did you mean "reviewers"?',
      'infra-fleet.yaml:4:17: github-environments.production.wait-timer must be a whole number of minutes from 0 to 43200',
      'infra-fleet.yaml:5:14: github-environments.production.secrets "GITHUB_TOKEN" is not a secret or variable name (letters, digits, _; not GITHUB_)',
      'infra-fleet.yaml:6:20: unknown key "github-environments.production.deploy-from.tag"; did you mean "tags"?',
      `infra-fleet.yaml:7:3: environment "bad name" is not a valid name: a letter or digit, then up to 62 letters, digits, ".", "_" or "-" (e.g. staging, prod-eu)`,
    ]);
  });
});
