/**
 * The dirs stacks generate, each standing for the tree dir it is copied from: reading
 * <stack>/.terragrunt-stack/vpc/terragrunt.hcl reads <catalog>/units/vpc/terragrunt.hcl. A unit
 * evaluated there sees what Terragrunt's generated unit sees (find_in_parent_folders walks up
 * from the generated dir), and what it reads maps back to real files.
 */
export class Mounts {
  private readonly table = new Map<string, string>();

  /** `generated` shows `real`, which is resolved first, so mounts never chain. */
  add(generated: string, real: string): void {
    this.table.set(generated, this.real(real));
  }

  isMountPoint(path: string): boolean {
    return this.table.has(path);
  }

  /** The tree path behind `path` (itself when no mount covers it). */
  real(path: string): string {
    if (this.table.size === 0) return path;
    for (let prefix = path; prefix !== ''; prefix = parent(prefix)) {
      const target = this.table.get(prefix);
      if (target !== undefined) {
        const rest = path.slice(prefix.length);
        return target === '' ? rest.replace(/^\//, '') : target + rest;
      }
    }
    return path;
  }

  /** The mount that holds `path`, if any: the generated dir and the real dir it shows. */
  holder(path: string): { generated: string; real: string } | undefined {
    for (let prefix = path; prefix !== ''; prefix = parent(prefix)) {
      const real = this.table.get(prefix);
      if (real !== undefined) return { generated: prefix, real };
    }
    return undefined;
  }
}

function parent(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}
