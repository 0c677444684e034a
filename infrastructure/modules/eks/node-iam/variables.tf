variable "role_name" {
  description = "Name of the node role, e.g. staging-eks-node."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_+=,.@-]{1,64}$", var.role_name))
    error_message = "role_name must be 1-64 characters valid in an IAM role name."
  }
}

variable "path" {
  description = "IAM path of the role."
  type        = string
  default     = "/"
}

variable "additional_policy_arns" {
  description = "Managed policies to attach besides the worker, CNI, registry and SSM ones."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
