# Shared, long-lived resources that belong to no environment. Named env.hcl so root.hcl
# reads it like any environment's: state under permanent/<unit>/, tag environment=permanent.
# Never destroyed by the nightly job; applied by an administrator (the deploy roles it
# defines cannot create themselves).

locals {
  environment = "permanent"

  ecr_repository      = "load-harness"
  keep_release_images = 100

  # One deploy role per GitHub Actions environment. managed_iam_path must equal the
  # iam_path of environments/<env>/env.hcl.
  deploy_roles = {
    staging = {
      role_name        = "GitHubActions-InfraFleet-staging"
      managed_iam_path = "/infra-fleet/staging/"
    }
    production = {
      role_name        = "GitHubActions-InfraFleet-production"
      managed_iam_path = "/infra-fleet/production/"
    }
  }
  deploy_role_policy_arns = ["arn:aws:iam::aws:policy/PowerUserAccess"]

  # One plan role per environment, trusted only by jobs in the <env>-plan GitHub environment
  # (infra-plan.yml, and the plan job of infra-apply.yml): it reads everything and writes
  # nothing but the state lock, so a pull request's code never holds deploy credentials.
  plan_roles = {
    staging    = { role_name = "GitHubActions-InfraFleet-staging-plan" }
    production = { role_name = "GitHubActions-InfraFleet-production-plan" }
  }
  plan_role_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
