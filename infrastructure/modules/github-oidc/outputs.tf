output "arn" {
  description = "ARN of the OIDC provider, the Federated principal of the deploy roles' trust policies."
  value       = aws_iam_openid_connect_provider.github.arn
}

output "host" {
  description = "Issuer host, the prefix of the condition keys (<host>:sub, <host>:aud)."
  value       = trimprefix(aws_iam_openid_connect_provider.github.url, "https://")
}
