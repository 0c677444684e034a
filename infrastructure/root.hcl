# Root configuration, included by every unit:
#
#   include "root" { path = find_in_parent_folders("root.hcl") }
#
# Terragrunt evaluates the functions below in the including unit's directory, so
# find_in_parent_folders() walks up from the unit and path_relative_to_include() is the
# unit's path below this file (e.g. "environments/staging/eks").

locals {
  common = read_terragrunt_config(find_in_parent_folders("environments/common.hcl"))
  # environments/<env>/env.hcl for environment units, permanent/env.hcl for shared ones.
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))

  aws_region     = local.common.locals.aws_region
  aws_account_id = local.common.locals.aws_account_id
  environment    = local.env.locals.environment

  default_tags = merge(local.common.locals.tags, {
    environment = local.environment
  })
}

terragrunt_version_constraint = ">= 1.0.0, < 2.0.0"
# OpenTofu by default (terragrunt-run installs a pinned, checksum-verified release).
terraform_version_constraint = ">= 1.8.0, < 2.0.0"

# One state object per unit: s3://<bucket>/<unit path>/terraform.tfstate.
remote_state {
  backend = "s3"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket  = local.common.locals.state_bucket
    key     = "${path_relative_to_include()}/terraform.tfstate"
    region  = local.aws_region
    encrypt = true
    # DynamoDB locking works with every OpenTofu/Terraform version we allow. From
    # OpenTofu 1.10 (Terraform 1.11) the S3 backend can lock by itself: add
    # `use_lockfile = true`, run both side by side for a while, then drop dynamodb_table.
    dynamodb_table = local.common.locals.lock_table
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOF
    provider "aws" {
      region              = "${local.aws_region}"
      allowed_account_ids = ["${local.aws_account_id}"]

      default_tags {
        tags = ${jsonencode(local.default_tags)}
      }
    }
  EOF
}

terraform {
  # Concurrent CI runs wait for the lock instead of failing at once.
  extra_arguments "lock_timeout" {
    commands  = get_terraform_commands_that_need_locking()
    arguments = ["-lock-timeout=5m"]
  }
}
