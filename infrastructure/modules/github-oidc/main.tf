# One identity provider per account: every deploy role trusts it, each for one
# repository environment only (see modules/deploy-role).
resource "aws_iam_openid_connect_provider" "github" {
  url             = var.url
  client_id_list  = var.client_ids
  thumbprint_list = var.thumbprints
  tags            = var.tags
}
