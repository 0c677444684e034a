# What the managed policies do not grant: the environment's own state and locks, and, for a
# deploy role, the IAM roles its units create (EKS cluster and node roles), confined to
# managed_iam_path. A plan role reads the state and takes the lock, nothing more.
locals {
  deploys       = var.access == "deploy"
  state_actions = local.deploys ? ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"] : ["s3:GetObject"]
}

data "aws_iam_policy_document" "scoped" {
  statement {
    sid       = "ListOwnState"
    actions   = ["s3:ListBucket"]
    resources = [local.bucket_arn]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["${var.state_key_prefix}/*"]
    }
  }

  statement {
    sid       = local.deploys ? "ReadWriteOwnState" : "ReadOwnState"
    actions   = local.state_actions
    resources = ["${local.bucket_arn}/${var.state_key_prefix}/*"]
  }

  statement {
    sid       = "LockOwnState"
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"]
    resources = [local.table_arn]

    condition {
      test     = "ForAllValues:StringLike"
      variable = "dynamodb:LeadingKeys"
      values   = ["${var.state_bucket}/${var.state_key_prefix}/*"]
    }
  }

  dynamic "statement" {
    for_each = local.deploys ? [1] : []
    content {
      sid = "ManageEnvironmentRoles"
      actions = [
        "iam:CreateRole",
        "iam:DeleteRole",
        "iam:GetRole",
        "iam:TagRole",
        "iam:UntagRole",
        "iam:UpdateRole",
        "iam:UpdateAssumeRolePolicy",
        "iam:PassRole",
        "iam:AttachRolePolicy",
        "iam:DetachRolePolicy",
        "iam:PutRolePolicy",
        "iam:GetRolePolicy",
        "iam:DeleteRolePolicy",
        "iam:ListRolePolicies",
        "iam:ListAttachedRolePolicies",
        "iam:ListInstanceProfilesForRole",
      ]
      resources = ["${local.arn_prefix}:iam::${local.account_id}:role${var.managed_iam_path}*"]
    }
  }

  dynamic "statement" {
    for_each = local.deploys ? [1] : []
    content {
      sid       = "CreateServiceLinkedRoles"
      actions   = ["iam:CreateServiceLinkedRole"]
      resources = ["${local.arn_prefix}:iam::${local.account_id}:role/aws-service-role/*"]
    }
  }
}
