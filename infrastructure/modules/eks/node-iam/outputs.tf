output "role_arn" {
  description = "ARN of the node role."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Name of the node role."
  value       = aws_iam_role.this.name
}
