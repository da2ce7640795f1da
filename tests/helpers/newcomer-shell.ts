import { realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from './project.ts';

const checkout = realpathSync(projectRoot);

/**
 * The environment of a newcomer's own shell: none of the variables `npm run` sets, and no folder
 * of the checkout on PATH, so `node` and `npm` are whatever the machine has (Node 20 on ours).
 * `npmPrefix`, when given, is npm's global folder for this shell, with its bin first on PATH:
 * `npm link` and `npx` then use it instead of the machine's.
 */
export function newcomerEnv(npmPrefix?: string): NodeJS.ProcessEnv {
  const own = (process.env.PATH ?? '').split(delimiter).filter((dir) => !insideCheckout(dir));
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
    PATH: [...(npmPrefix === undefined ? [] : [join(npmPrefix, 'bin')]), ...own].join(delimiter),
    ...(npmPrefix === undefined ? {} : { npm_config_prefix: npmPrefix }),
    // Linking a checkout and running what it linked need no registry: the test never asks one.
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

function insideCheckout(dir: string): boolean {
  try {
    const real = realpathSync(dir);
    return [checkout, realpathSync(join(checkout, 'node_modules'))].some((root) => real.startsWith(root));
  } catch {
    return false;
  }
}
