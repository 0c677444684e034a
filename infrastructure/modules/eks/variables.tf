variable "cluster_name" {
  description = "EKS cluster name; also the prefix of its IAM roles, node group and log group."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9-]{0,37}$", var.cluster_name))
    error_message = "cluster_name must start with a letter and hold at most 38 letters, digits or '-' (IAM role names derive from it)."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane, e.g. 1.33."
  type        = string

  validation {
    condition     = can(regex("^1\\.[0-9]{2}$", var.kubernetes_version))
    error_message = "kubernetes_version must be a minor version such as 1.33."
  }
}

variable "subnet_ids" {
  description = "Private subnets, in at least two zones, for the control plane interfaces and the nodes."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must list at least two subnets in different availability zones."
  }
}

variable "endpoint_public_access" {
  description = "Expose the Kubernetes API endpoint publicly (restricted by public_access_cidrs)."
  type        = bool
  default     = true
}

variable "public_access_cidrs" {
  description = "Ranges allowed to reach the public API endpoint."
  type        = list(string)
  default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for cidr in var.public_access_cidrs : can(cidrhost(cidr, 0))])
    error_message = "public_access_cidrs must hold IPv4 CIDRs such as 203.0.113.0/24."
  }
}

variable "cluster_log_types" {
  description = "Control plane logs to ship to CloudWatch."
  type        = list(string)
  default     = ["api", "audit", "authenticator"]

  validation {
    condition     = alltrue([for t in var.cluster_log_types : contains(["api", "audit", "authenticator", "controllerManager", "scheduler"], t)])
    error_message = "cluster_log_types may only hold api, audit, authenticator, controllerManager and scheduler."
  }
}

variable "cluster_log_retention_days" {
  description = "Days to keep control plane logs."
  type        = number
  default     = 30
}

variable "iam_path" {
  description = "Path of the IAM roles this module creates; the deploy role may only manage roles under it."
  type        = string
  default     = "/"

  validation {
    condition     = can(regex("^/([A-Za-z0-9_+=,.@-]+/)*$", var.iam_path))
    error_message = "iam_path must start and end with '/', e.g. /infra-fleet/staging/."
  }
}

variable "node_instance_types" {
  description = "EC2 instance types of the default node group (several help SPOT capacity)."
  type        = list(string)

  validation {
    condition     = length(var.node_instance_types) > 0
    error_message = "node_instance_types must name at least one instance type, e.g. [\"t3.medium\"]."
  }
}

variable "node_capacity_type" {
  description = "ON_DEMAND or SPOT."
  type        = string
  default     = "ON_DEMAND"

  validation {
    condition     = contains(["ON_DEMAND", "SPOT"], var.node_capacity_type)
    error_message = "node_capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "node_min_size" {
  description = "Minimum number of nodes."
  type        = number

  validation {
    condition     = var.node_min_size >= 1
    error_message = "node_min_size must be at least 1 (system pods need somewhere to run)."
  }
}

variable "node_max_size" {
  description = "Maximum number of nodes; at least node_min_size."
  type        = number
}

variable "node_desired_size" {
  description = "Initial number of nodes; null starts at node_min_size. Later changes are left to the autoscaler."
  type        = number
  default     = null
}

variable "node_disk_size" {
  description = "Root volume size of each node in GiB."
  type        = number
  default     = 50

  validation {
    condition     = var.node_disk_size >= 20
    error_message = "node_disk_size must be at least 20 GiB."
  }
}

variable "enable_nightly_destroy" {
  description = "The environment is destroyed every night (staging): tag it so, and shorten KMS key deletion windows so destroyed keys do not pile up."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
