variable "url" {
  description = "Issuer URL of GitHub Actions' OIDC tokens."
  type        = string
  default     = "https://token.actions.githubusercontent.com"

  validation {
    condition     = startswith(var.url, "https://")
    error_message = "url must be an https:// issuer URL."
  }
}

variable "client_ids" {
  description = "Audiences accepted in the tokens; aws-actions/configure-aws-credentials asks for sts.amazonaws.com."
  type        = list(string)
  default     = ["sts.amazonaws.com"]
}

variable "thumbprints" {
  description = "Certificate thumbprints of the issuer. AWS validates GitHub's issuer against its own CA store and ignores them, but older provider versions require the argument."
  type        = list(string)
  default     = ["6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd"]

  validation {
    condition     = alltrue([for t in var.thumbprints : can(regex("^[0-9a-f]{40}$", t))])
    error_message = "thumbprints must be 40-character lowercase hex SHA-1 fingerprints."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
