variable "name" {
  description = "Name prefix of the alert topic and alarms, e.g. infra-fleet-staging."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,40}$", var.name))
    error_message = "name must start with a lowercase letter and hold 2-41 lowercase letters, digits or '-'."
  }
}

variable "environment" {
  description = "Environment name, used in log group names and alarm descriptions."
  type        = string
}

variable "cluster_name" {
  description = "EKS cluster whose control plane metrics are watched."
  type        = string
}

variable "node_autoscaling_group_names" {
  description = "Auto Scaling groups of the cluster's node groups."
  type        = list(string)
  default     = []
}

variable "alert_emails" {
  description = "Addresses subscribed to the alert topic (each must confirm the subscription)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for e in var.alert_emails : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", e))])
    error_message = "alert_emails must hold e-mail addresses such as oncall@example.com."
  }
}

variable "node_cpu_threshold_percent" {
  description = "Average node CPU above which the node alarm fires."
  type        = number
  default     = 80

  validation {
    condition     = var.node_cpu_threshold_percent > 0 && var.node_cpu_threshold_percent <= 100
    error_message = "node_cpu_threshold_percent must be between 1 and 100."
  }
}

variable "apiserver_5xx_threshold" {
  description = "API server 5xx responses per 5 minutes above which the control plane alarm fires."
  type        = number
  default     = 10
}

variable "pending_pods_threshold" {
  description = "Pods waiting for a node, sustained for 15 minutes, above which the capacity alarm fires."
  type        = number
  default     = 5
}

variable "application_log_retention_days" {
  description = "Days to keep application logs shipped from the cluster."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
