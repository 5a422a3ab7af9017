// Synthesizes the stack once per test file with bundling skipped (inline code
// stands in for the esbuild bundles, which test/infra/bundle.test.ts builds for real).
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { PlancheckStack, type PlancheckStackProps } from '../../infra/plancheck-stack.ts';

export function synthStack(props: Partial<PlancheckStackProps> = {}): { app: App; stack: PlancheckStack; template: Template } {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new PlancheckStack(app, 'Test', {
    stage: 'test',
    code: { api: () => Code.fromInline('export const handler = 1'), worker: () => Code.fromInline('export const handler = 1') },
    ...props,
  });
  return { app, stack, template: Template.fromStack(stack) };
}
