include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../modules//ecr"
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

# One repository for every environment: staging and production run the same image,
# promoted by tag (k8s/overlays/<env>/kustomization.yaml).
inputs = {
  repository_name      = local.env.locals.ecr_repository
  image_tag_mutability = "IMMUTABLE"
  scan_on_push         = true
  keep_release_images  = local.env.locals.keep_release_images
}
