include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../modules//github-oidc"
}

# The module's defaults are GitHub's issuer and the sts.amazonaws.com audience.
inputs = {}
