data "aws_partition" "current" {}

locals {
  # The nightly destroy job selects what it tears down by this tag, and people can see it.
  tags = merge(var.tags, {
    "infra-fleet/nightly-destroy" = tostring(var.enable_nightly_destroy)
  })

  desired_size = coalesce(var.node_desired_size, var.node_min_size)
  policy_arn   = "arn:${data.aws_partition.current.partition}:iam::aws:policy"
}

# Created before the cluster so that retention is ours, not "never expire".
module "control_plane_logs" {
  source = "../log-group"

  name              = "/aws/eks/${var.cluster_name}/cluster"
  retention_in_days = var.cluster_log_retention_days
  tags              = local.tags
}

resource "aws_kms_key" "secrets" {
  description             = "Envelope encryption of Kubernetes secrets in EKS cluster ${var.cluster_name}"
  enable_key_rotation     = true
  deletion_window_in_days = var.enable_nightly_destroy ? 7 : 30
  tags                    = local.tags
}

resource "aws_eks_cluster" "this" {
  name                      = var.cluster_name
  version                   = var.kubernetes_version
  role_arn                  = aws_iam_role.cluster.arn
  enabled_cluster_log_types = var.cluster_log_types

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = var.endpoint_public_access
    public_access_cidrs     = var.public_access_cidrs
  }

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.secrets.arn
    }
  }

  tags = local.tags

  depends_on = [
    aws_iam_role_policy_attachment.cluster,
    aws_iam_role_policy.cluster_encryption,
    module.control_plane_logs,
  ]
}

module "node_iam" {
  source = "./node-iam"

  role_name = "${var.cluster_name}-eks-node"
  path      = var.iam_path
  tags      = local.tags
}

resource "aws_eks_node_group" "default" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "${var.cluster_name}-default"
  node_role_arn   = module.node_iam.role_arn
  subnet_ids      = var.subnet_ids
  instance_types  = var.node_instance_types
  capacity_type   = var.node_capacity_type
  disk_size       = var.node_disk_size

  scaling_config {
    min_size     = var.node_min_size
    max_size     = var.node_max_size
    desired_size = local.desired_size
  }

  update_config {
    max_unavailable = 1
  }

  labels = {
    "infra-fleet/node-group" = "default"
  }

  tags = local.tags

  lifecycle {
    # The cluster autoscaler owns the desired size once the group exists.
    ignore_changes = [scaling_config[0].desired_size]

    precondition {
      condition     = var.node_min_size <= local.desired_size && local.desired_size <= var.node_max_size
      error_message = "Node group sizes must satisfy min <= desired <= max; got min ${var.node_min_size}, desired ${local.desired_size}, max ${var.node_max_size}."
    }
  }

  # Nodes only join once their role carries the worker, CNI and registry policies.
  depends_on = [module.node_iam]
}
