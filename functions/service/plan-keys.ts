// Which keys of a folder or a bucket prefix are plans: the CLI's batch and the
// API's batch route pick the same files.
export const PLAN_EXTENSIONS = ['.pdf', '.docx', '.md', '.markdown'];

export function isPlanKey(key: string): boolean {
  const k = key.toLowerCase();
  return PLAN_EXTENSIONS.some((x) => k.endsWith(x)) && !k.split('/').some((p) => p.startsWith('.'));
}
