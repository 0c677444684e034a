variable "repository_name" {
  description = "Name of the ECR repository, e.g. load-harness."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$", var.repository_name))
    error_message = "repository_name must be lowercase letters and digits separated by '.', '_', '-' or '/'."
  }
}

variable "image_tag_mutability" {
  description = "IMMUTABLE (a tag, once pushed, always names the same image) or MUTABLE."
  type        = string
  default     = "IMMUTABLE"

  validation {
    condition     = contains(["IMMUTABLE", "MUTABLE"], var.image_tag_mutability)
    error_message = "image_tag_mutability must be IMMUTABLE or MUTABLE."
  }
}

variable "scan_on_push" {
  description = "Scan every pushed image for known vulnerabilities."
  type        = bool
  default     = true
}

variable "release_tag_prefixes" {
  description = "Tag prefixes of release images (e.g. v for v1.2.3); the newest keep_release_images of them are kept."
  type        = list(string)
  default     = ["v"]

  validation {
    condition     = length(var.release_tag_prefixes) > 0
    error_message = "release_tag_prefixes must hold at least one prefix, e.g. [\"v\"]."
  }
}

variable "keep_release_images" {
  description = "Release images kept; older ones expire. Keep enough to roll back to any version still deployed."
  type        = number
  default     = 50

  validation {
    condition     = var.keep_release_images >= 10
    error_message = "keep_release_images must be at least 10 so that rollbacks stay possible."
  }
}

variable "untagged_expiry_days" {
  description = "Days after which untagged images (superseded build layers) expire."
  type        = number
  default     = 14

  validation {
    condition     = var.untagged_expiry_days >= 1
    error_message = "untagged_expiry_days must be at least 1."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
