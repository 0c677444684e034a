data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  # Exactly one repository environment: no wildcard, no branch or pull_request subjects.
  subject = "repo:${var.github_repository}:environment:${var.github_environment}"

  arn_prefix = "arn:${data.aws_partition.current.partition}"
  account_id = data.aws_caller_identity.current.account_id
  bucket_arn = "${local.arn_prefix}:s3:::${var.state_bucket}"
  table_arn  = "${local.arn_prefix}:dynamodb:${data.aws_region.current.name}:${local.account_id}:table/${var.lock_table}"
}

data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "GitHubEnvironmentOnly"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${var.oidc_provider_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${var.oidc_provider_host}:sub"
      values   = [local.subject]
    }
  }
}

resource "aws_iam_role" "this" {
  name                 = var.role_name
  description          = "Assumed by ${var.github_repository} jobs in the ${var.github_environment} environment"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = var.max_session_duration
  tags                 = var.tags
}

resource "aws_iam_role_policy_attachment" "managed" {
  for_each = toset(var.managed_policy_arns)

  role       = aws_iam_role.this.name
  policy_arn = each.value
}

resource "aws_iam_role_policy" "scoped" {
  name   = "state-and-environment-iam"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.scoped.json
}
