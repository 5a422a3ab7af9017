// Lambda code assets bundled on this machine (no Docker) by lambda-bundle.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { repoRoot } from './lambda-bundle.ts';

export function localBundledCode(entry: string): Code {
  return Code.fromAsset(join(repoRoot, 'functions'), {
    // The bundle's bytes decide the hash, so a change anywhere in what it pulls in redeploys.
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: tryBundle always succeeds or throws. CDK requires an image.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:20'),
      // CDK caches bundles by these options (the local hook is not part of the
      // key): naming the entry here keeps the API and worker from sharing one.
      command: ['node', '--import', 'tsx', 'infra/bundle-cli.ts', entry, '/asset-output'],
      local: {
        tryBundle(outputDir: string): boolean {
          const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'infra/bundle-cli.ts'), entry, outputDir], {
            cwd: repoRoot,
            encoding: 'utf8',
          });
          if (r.status !== 0) throw new Error(`bundling ${entry} failed: ${r.stderr || r.error?.message}`);
          return true;
        },
      },
    },
  });
}
