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
  description = "owner/name of the repository whose workflows may assume the role. Names only: its immutable IDs go in github_owner_id and github_repository_id."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", var.github_repository))
    error_message = "github_repository must be owner/name, e.g. octo-org/infra-fleet (for the immutable owner@id/name@id subject, set github_owner_id and github_repository_id instead)."
  }
}

# GitHub's immutable OIDC subject (repositories created after 15 July 2026, and older ones
# that are renamed, transferred or opted in): repo:<owner>@<owner id>/<name>@<repository id>:...
# https://docs.github.com/en/actions/reference/security/oidc#immutable-subject-claims
variable "github_owner_id" {
  description = "Immutable numeric ID of the repository owner (GET /repos/{owner}/{repo}: owner.id). With github_repository_id, the role trusts the immutable subject format. Null: not trusted."
  type        = string
  default     = null

  validation {
    condition     = var.github_owner_id == null || can(regex("^[1-9][0-9]{0,19}$", var.github_owner_id))
    error_message = "github_owner_id must be the owner's numeric ID, e.g. \"123456\", or null."
  }
}

variable "github_repository_id" {
  description = "Immutable numeric ID of the repository (GET /repos/{owner}/{repo}: id). With github_owner_id, the role trusts the immutable subject format. Null: not trusted."
  type        = string
  default     = null

  validation {
    condition     = var.github_repository_id == null || can(regex("^[1-9][0-9]{0,19}$", var.github_repository_id))
    error_message = "github_repository_id must be the repository's numeric ID, e.g. \"456789\", or null."
  }
}

variable "trust_name_subject" {
  description = "Also trust the name-only subject (repo:<owner>/<name>:...), which repositories created before 15 July 2026 receive until they opt in to immutable subjects. Set false once the repository uses immutable subjects: a name can be recycled, an ID cannot."
  type        = bool
  default     = true
}

# The reusable workflow (and the refs of it) whose jobs may assume the role. AWS reads only the
# standard claims, so the repository's OIDC subject template must include job_workflow_ref:
#   PUT /repos/{owner}/{repo}/actions/oidc/customization/sub
#   {"use_default": false, "include_claim_keys": ["repo", "context", "job_workflow_ref"]}
# which makes the subject repo:<repo>:environment:<env>:job_workflow_ref:<workflow>@<ref>.
# https://docs.github.com/en/actions/reference/security/oidc#customizing-the-subject-claims-for-an-organization-or-repository
# https://docs.github.com/en/actions/how-tos/secure-your-work/security-harden-deployments/oidc-with-reusable-workflows
variable "job_workflow_refs" {
  description = "Reusable workflows the role trusts, as <owner>/<repo>/.github/workflows/<file>@<ref>; the ref may hold * (StringLike), e.g. octo-org/infra-fleet/.github/workflows/infra.yml@refs/heads/main. A workflow file written on another branch has another ref and is refused."
  type        = list(string)

  validation {
    condition     = length(var.job_workflow_refs) > 0
    error_message = "job_workflow_refs must name at least one reusable workflow: a role that trusts any workflow file of the environment can be assumed by a file written on a branch."
  }

  validation {
    condition = alltrue([
      for ref in var.job_workflow_refs :
      can(regex("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+/\\.github/workflows/[A-Za-z0-9._-]+\\.ya?ml@(refs/(heads|tags|pull)/[A-Za-z0-9._/*-]+|[0-9a-f]{40})$", ref))
    ])
    error_message = "Each job_workflow_refs entry must be <owner>/<repo>/.github/workflows/<file>.yml@refs/heads/<branch> (or refs/tags/..., refs/pull/..., or a 40-hex commit); * is allowed in the ref only."
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
