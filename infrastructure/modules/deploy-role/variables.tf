variable "role_name" {
  description = "Name of the role GitHub Actions assumes, e.g. GitHubActions-InfraFleet-staging."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_+=,.@-]{1,64}$", var.role_name))
    error_message = "role_name must be 1-64 characters valid in an IAM role name."
  }
}

variable "oidc_provider_arn" {
  description = "ARN of the GitHub Actions OIDC provider (permanent/github-oidc)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/", var.oidc_provider_arn))
    error_message = "oidc_provider_arn must be an IAM OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/...)."
  }
}

variable "oidc_provider_host" {
  description = "Issuer host, the prefix of the token condition keys."
  type        = string
  default     = "token.actions.githubusercontent.com"
}

variable "github_repository" {
  description = "owner/name of the repository whose workflows may assume the role."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", var.github_repository))
    error_message = "github_repository must be owner/name, e.g. octo-org/infra-fleet."
  }
}

variable "github_environment" {
  description = "GitHub Actions environment whose jobs may assume the role; only jobs that declare it get a matching token."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]+$", var.github_environment))
    error_message = "github_environment must be a plain environment name such as staging (no wildcards)."
  }
}

variable "managed_policy_arns" {
  description = "Managed policies attached to the role, e.g. PowerUserAccess."
  type        = list(string)
  default     = []
}

variable "managed_iam_path" {
  description = "IAM path under which the role may create and pass roles (the environment's EKS roles), e.g. /infra-fleet/staging/."
  type        = string

  validation {
    condition     = can(regex("^/([A-Za-z0-9_+=,.@-]+/)+$", var.managed_iam_path))
    error_message = "managed_iam_path must be a non-root IAM path such as /infra-fleet/staging/."
  }
}

variable "state_bucket" {
  description = "S3 bucket holding the OpenTofu state."
  type        = string
}

variable "state_key_prefix" {
  description = "Key prefix of the environment's state objects (its units' paths below root.hcl), e.g. environments/staging."
  type        = string

  validation {
    condition     = length(var.state_key_prefix) > 0 && !startswith(var.state_key_prefix, "/") && !endswith(var.state_key_prefix, "/")
    error_message = "state_key_prefix must be a relative prefix without leading or trailing '/', e.g. environments/staging."
  }
}

variable "lock_table" {
  description = "DynamoDB table holding the state locks."
  type        = string
}

variable "max_session_duration" {
  description = "Longest session in seconds; an EKS create or upgrade can take 20 minutes and more."
  type        = number
  default     = 7200

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "max_session_duration must be between 3600 and 43200 seconds."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "access" {
  description = "deploy: read and write the environment's state and manage its IAM roles. plan: read its state and take its lock, nothing else (for plans of unreviewed code)."
  type        = string
  default     = "deploy"

  validation {
    condition     = contains(["deploy", "plan"], var.access)
    error_message = "access must be deploy or plan."
  }
}
