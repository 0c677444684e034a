import { ActionError } from '@infra-fleet/action-kit';
import type { ApprovalPort } from '@infra-fleet/github';
import { teamName } from './approval.js';
import type { Settings } from './inputs.js';

/**
 * GitHub answers 404 both for "not a member" and for a team the token cannot see (GITHUB_TOKEN
 * never can), so a team-only gate would wait for votes that never count. Reading each listed
 * team once, before anyone is asked, tells the two apart.
 */
export async function requireReadableTeams(
  settings: Settings,
  port: Pick<ApprovalPort, 'teamVisible'>,
): Promise<void> {
  const unreadable: string[] = [];
  for (const team of settings.approvers.teams) {
    if (!(await port.teamVisible(team.org, team.slug))) unreadable.push(teamName(team));
  }
  if (unreadable.length > 0) throw unreadableTeams(unreadable, settings);
}

function unreadableTeams(teams: string[], settings: Settings): ActionError {
  const which = settings.membershipToken ? 'membership-token' : 'token (membership-token is empty)';
  return new ActionError(
    `Cannot read team ${teams.join(', ')} of approvers with ${which}: GitHub answers 404 for a team the token cannot see, so no member's vote could ever count. Nobody was asked.`,
    {
      hint: 'Pass membership-token: an installation token of a GitHub App with the organization permission Members: read (e.g. from actions/create-github-app-token), or a personal access token with read:org. GITHUB_TOKEN cannot read team membership. If the token can read the organization, check the team slug in approvers.',
    },
  );
}
