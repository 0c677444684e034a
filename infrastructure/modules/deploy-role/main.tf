data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  # The repository part of the subject in each format the role accepts: the name-only one, and
  # the immutable one with owner and repository IDs (the only one a repository created after
  # 15 July 2026 receives). https://docs.github.com/en/actions/reference/security/oidc#immutable-subject-claims
  owner           = split("/", var.github_repository)[0]
  repository_name = split("/", var.github_repository)[1]
  has_ids         = var.github_owner_id != null && var.github_repository_id != null
  repository_claims = compact([
    var.trust_name_subject ? var.github_repository : "",
    local.has_ids ? "${local.owner}@${var.github_owner_id}/${local.repository_name}@${var.github_repository_id}" : "",
  ])

  # Exactly one repository environment, and only jobs defined in the named reusable workflows at
  # the named refs: the subject template repo, context, job_workflow_ref (see job_workflow_refs).
  # No branch or pull_request subjects; * only inside a workflow's ref.
  subjects = [
    for pair in setproduct(local.repository_claims, var.job_workflow_refs) :
    "repo:${pair[0]}:environment:${var.github_environment}:job_workflow_ref:${pair[1]}"
  ]

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

    # StringLike: a job_workflow_refs entry may end in a ref pattern (refs/tags/suite/v*).
    condition {
      test     = "StringLike"
      variable = "${var.oidc_provider_host}:sub"
      values   = local.subjects
    }
  }
}

resource "aws_iam_role" "this" {
  name                 = var.role_name
  description          = "Assumed by ${var.github_repository} jobs in the ${var.github_environment} environment"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = var.max_session_duration
  tags                 = var.tags

  lifecycle {
    precondition {
      condition     = (var.github_owner_id == null) == (var.github_repository_id == null)
      error_message = "Set both github_owner_id and github_repository_id (the immutable subject needs both), or neither."
    }
    precondition {
      condition     = length(local.repository_claims) > 0
      error_message = "The role would trust no subject: trust_name_subject is false and the repository IDs are not set."
    }
  }
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
