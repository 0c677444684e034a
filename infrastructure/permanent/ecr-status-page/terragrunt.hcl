include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../modules//ecr"
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

# The second app's repository (k8s/apps/status-page/overlays/<env>/kustomization.yaml).
inputs = {
  repository_name      = "status-page"
  image_tag_mutability = "IMMUTABLE"
  scan_on_push         = true
  keep_release_images  = local.env.locals.keep_release_images
}
