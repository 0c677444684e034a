variable "name" {
  description = "Name prefix for every resource, e.g. infra-fleet-staging."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,40}$", var.name))
    error_message = "name must start with a lowercase letter and hold 2-41 lowercase letters, digits or '-'."
  }
}

variable "cidr_block" {
  description = "IPv4 range of the VPC, a /16 to /20 (e.g. 10.0.0.0/16)."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr_block, 0))
    error_message = "cidr_block must be an IPv4 CIDR such as 10.0.0.0/16."
  }

  validation {
    condition     = can(regex("/(1[6-9]|20)$", var.cidr_block))
    error_message = "cidr_block must be a /16 to /20: public subnets take /24s and private subnets /20s of a /16."
  }
}

variable "az_count" {
  description = "Number of availability zones to spread subnets over."
  type        = number
  default     = 3

  validation {
    condition     = var.az_count >= 2 && var.az_count <= 3
    error_message = "az_count must be 2 or 3 (EKS needs subnets in at least two zones)."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for all zones (cheaper, not zone-redundant) instead of one per zone."
  type        = bool
  default     = false
}

variable "cluster_name" {
  description = "EKS cluster that will use the subnets; tags them for load balancer discovery."
  type        = string
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
