// `npx cdk synth`: one plancheck stack per stage, env-agnostic (no lookups, no account needed).
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PlancheckStack } from './plancheck-stack.ts';

const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
if (!/^[a-z][a-z0-9-]{0,20}$/.test(stage)) throw new Error(`context stage "${stage}" must be lower-case letters, digits and dashes`);
const alarmEmail = app.node.tryGetContext('alarmEmail') as string | undefined;
const maxBytes = app.node.tryGetContext('maxBytes');

new PlancheckStack(app, `Plancheck-${stage}`, {
  stage,
  alarmEmail: alarmEmail || undefined,
  maxBytes: maxBytes ? Number(maxBytes) : undefined,
  description: `plancheck (${stage}): T/SZS 4042-2021 plan checks from S3 uploads and an HTTP API`,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
