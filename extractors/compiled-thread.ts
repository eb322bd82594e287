import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's compiled script, `thread.js` beside the module at `moduleUrl`: in dist/ that is
 * the file beside it; when the TypeScript sources run (tests), its counterpart under dist/ — a
 * thread cannot load TypeScript, and `npm test` builds first.
 */
export function compiledThreadFile(moduleUrl: string): string {
  const here = fileURLToPath(moduleUrl);
  const beside = join(dirname(here), 'thread.js');
  if (here.endsWith('.js') && existsSync(beside)) return beside;
  let root = dirname(here);
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  const compiled = join(root, 'dist', relative(root, dirname(here)), 'thread.js');
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing; run \`npm run build\` first`);
  return compiled;
}
