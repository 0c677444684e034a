# Production: read by root.hcl (state key, tags) and by every unit below this folder.
# Runs around the clock: a NAT gateway per zone, on-demand nodes, longer log retention.

locals {
  environment  = "production"
  cluster_name = "production"

  vpc_cidr           = "10.1.0.0/16"
  az_count           = 3
  single_nat_gateway = false

  kubernetes_version  = "1.33"
  node_instance_types = ["t3.medium"]
  node_capacity_type  = "ON_DEMAND"
  node_min_size       = 3
  node_max_size       = 10

  enable_nightly_destroy = false
  log_retention_days     = 90
  alert_emails           = ["platform-oncall@example.com"]

  # Roles of this environment's units live here; permanent/env.hcl lets the production
  # deploy role manage exactly this path.
  iam_path = "/infra-fleet/production/"
}
