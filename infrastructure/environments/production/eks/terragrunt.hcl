include "root" {
  path = find_in_parent_folders("root.hcl")
}

# The whole modules/ folder is copied (everything before "//"), so the eks module can
# call its nested ./node-iam and its sibling ../log-group.
terraform {
  source = "../../../modules//eks"
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

dependency "vpc" {
  config_path = "../vpc"

  # Lets a first plan of a new environment run before the VPC exists. Never for apply.
  mock_outputs = {
    private_subnet_ids = ["subnet-000000000mock1", "subnet-000000000mock2", "subnet-000000000mock3"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  cluster_name       = local.env.locals.cluster_name
  kubernetes_version = local.env.locals.kubernetes_version
  subnet_ids         = dependency.vpc.outputs.private_subnet_ids
  iam_path           = local.env.locals.iam_path

  node_instance_types = local.env.locals.node_instance_types
  node_capacity_type  = local.env.locals.node_capacity_type
  node_min_size       = local.env.locals.node_min_size
  node_max_size       = local.env.locals.node_max_size

  cluster_log_retention_days = local.env.locals.log_retention_days
  enable_nightly_destroy     = local.env.locals.enable_nightly_destroy
}
