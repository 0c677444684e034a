output "role_arn" {
  description = "ARN to put in the GitHub environment (e.g. AWS_GITHUB_ACTIONS_ROLE_ARN_STAGING)."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Name of the role."
  value       = aws_iam_role.this.name
}

output "trusted_subjects" {
  description = "The token subjects the role trusts (StringLike): repository, environment and reusable workflow at its refs."
  value       = local.subjects
}
