include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../../modules//vpc"
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

inputs = {
  name               = "infra-fleet-${local.env.locals.environment}"
  cidr_block         = local.env.locals.vpc_cidr
  az_count           = local.env.locals.az_count
  single_nat_gateway = local.env.locals.single_nat_gateway
  cluster_name       = local.env.locals.cluster_name
}
