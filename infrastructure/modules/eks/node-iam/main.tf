# The role EKS managed nodes run as. Kept in its own module so a node group of another
# cluster (or a Karpenter node class) can reuse exactly the same permissions.

data "aws_partition" "current" {}

locals {
  aws_policies = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEKS_CNI_Policy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonSSMManagedInstanceCore",
  ]
  policy_arns = concat(
    [for name in local.aws_policies : "arn:${data.aws_partition.current.partition}:iam::aws:policy/${name}"],
    var.additional_policy_arns,
  )
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.role_name
  path               = var.path
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each = toset(local.policy_arns)

  role       = aws_iam_role.this.name
  policy_arn = each.value
}
