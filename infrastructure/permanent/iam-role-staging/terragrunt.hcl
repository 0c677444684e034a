include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../modules//deploy-role"
}

locals {
  environment = "staging"
  common      = read_terragrunt_config(find_in_parent_folders("environments/common.hcl"))
  env         = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  role        = local.env.locals.deploy_roles[local.environment]
}

dependency "github_oidc" {
  config_path = "../github-oidc"

  mock_outputs = {
    arn  = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    host = "token.actions.githubusercontent.com"
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

# Trusted subject: exactly repo:<owner>/<name>:environment:staging:job_workflow_ref:<infra.yml
# on main> (and the immutable repo:<owner>@<id>/<name>@<id>:... form once the IDs are set):
# only the apply job of infra.yml as it is on main, never a workflow file written on a branch.
inputs = {
  role_name            = local.role.role_name
  oidc_provider_arn    = dependency.github_oidc.outputs.arn
  oidc_provider_host   = dependency.github_oidc.outputs.host
  github_repository    = local.common.locals.github_repository
  github_owner_id      = local.common.locals.github_owner_id
  github_repository_id = local.common.locals.github_repository_id
  github_environment   = local.environment
  # infra.yml applies staging; nightly-staging.yml destroys and recreates it (main only).
  job_workflow_refs = [
    "${local.common.locals.github_repository}/.github/workflows/infra.yml@refs/heads/main",
    "${local.common.locals.github_repository}/.github/workflows/nightly-staging.yml@refs/heads/main",
  ]

  managed_policy_arns = local.env.locals.deploy_role_policy_arns
  managed_iam_path    = local.role.managed_iam_path

  state_bucket     = local.common.locals.state_bucket
  state_key_prefix = "environments/${local.environment}"
  lock_table       = local.common.locals.lock_table
}
