# Values shared by every unit, environments and permanent alike. Read by root.hcl (state,
# provider, tags) and by the permanent deploy-role units (repository, state location).

locals {
  project        = "infra-fleet"
  aws_region     = "eu-west-2"
  aws_account_id = "123456789012"

  # The repository whose GitHub Actions environments may assume the deploy roles.
  github_repository = "octo-org/infra-fleet"
  # Its immutable IDs (gh api repos/octo-org/infra-fleet --jq '.owner.id, .id'), as strings.
  # Set both and the roles also trust GitHub's immutable subject format
  # (repo:<owner>@<owner id>/<name>@<repository id>:...), the only one a repository created,
  # renamed or transferred after 15 July 2026 receives; null: name format only.
  github_owner_id      = null
  github_repository_id = null

  # One state bucket per account and region; bootstrapped with `terragrunt backend bootstrap`.
  state_bucket = "${local.project}-tfstate-${local.aws_account_id}-${local.aws_region}"
  lock_table   = "${local.project}-tflock"

  tags = {
    project      = local.project
    "managed-by" = "terragrunt"
    repository   = local.github_repository
  }
}
