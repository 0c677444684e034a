import { ActionError } from '@infra-fleet/action-kit';

/** The os/arch words used in Terragrunt's and OpenTofu's release asset names. */
export interface ReleasePlatform {
  os: 'linux' | 'darwin' | 'windows';
  arch: 'amd64' | 'arm64';
  /** Suffix of executables on this os. */
  exe: '' | '.exe';
}

const OS_NAMES: Partial<Record<NodeJS.Platform, ReleasePlatform['os']>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
};

const ARCH_NAMES: Record<string, ReleasePlatform['arch']> = { x64: 'amd64', arm64: 'arm64' };

/** Maps Node's platform/arch (process.platform, process.arch) to release asset words. */
export function releasePlatform(platform: NodeJS.Platform, arch: string): ReleasePlatform {
  const os = OS_NAMES[platform];
  const releaseArch = ARCH_NAMES[arch];
  if (!os || !releaseArch) {
    throw new ActionError(`Terragrunt and OpenTofu cannot be installed on ${platform}/${arch}.`, {
      hint: 'Run this step on a Linux, macOS or Windows runner with an x64 or arm64 CPU.',
    });
  }
  return { os, arch: releaseArch, exe: os === 'windows' ? '.exe' : '' };
}
