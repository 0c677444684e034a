# A log group with an explicit retention. Creating it ourselves (rather than letting a
# service create it on first write) keeps retention and deletion under OpenTofu's control.
resource "aws_cloudwatch_log_group" "this" {
  name              = var.name
  retention_in_days = var.retention_in_days
  kms_key_id        = var.kms_key_arn
  tags              = var.tags
}
