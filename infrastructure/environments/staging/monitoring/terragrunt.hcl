include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../../modules//monitoring"
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

dependency "eks" {
  config_path = "../eks"

  # Lets a first plan of a new environment run before the cluster exists. Never for apply.
  mock_outputs = {
    cluster_name                       = "mock-cluster"
    node_group_autoscaling_group_names = ["eks-mock-default-asg"]
  }
  mock_outputs_allowed_terraform_commands = ["init", "validate", "plan"]
}

inputs = {
  name                           = "infra-fleet-${local.env.locals.environment}"
  environment                    = local.env.locals.environment
  cluster_name                   = dependency.eks.outputs.cluster_name
  node_autoscaling_group_names   = dependency.eks.outputs.node_group_autoscaling_group_names
  alert_emails                   = local.env.locals.alert_emails
  application_log_retention_days = local.env.locals.log_retention_days
}
