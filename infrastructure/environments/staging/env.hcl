# Staging: read by root.hcl (state key, tags) and by every unit below this folder.
# Destroyed every night, so it is small, on SPOT capacity, and keeps little history.

locals {
  environment  = "staging"
  cluster_name = "staging"

  vpc_cidr           = "10.0.0.0/16"
  az_count           = 3
  single_nat_gateway = true

  kubernetes_version  = "1.33"
  node_instance_types = ["t3.medium", "t3a.medium"]
  node_capacity_type  = "SPOT"
  node_min_size       = 2
  node_max_size       = 4

  enable_nightly_destroy = true
  log_retention_days     = 7
  alert_emails           = []

  # Roles of this environment's units live here; permanent/env.hcl lets the staging deploy
  # role manage exactly this path.
  iam_path = "/infra-fleet/staging/"
}
