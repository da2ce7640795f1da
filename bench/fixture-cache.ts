/**
 * Data that takes long to generate (a million answers sealed into a thousand batches) is kept
 * between runs in bench/results/cache/, under a key made of the code that generates it: every
 * file of electron/core and shared, the bench's generators and the locked dependencies. Any
 * change to them makes a new key, so stale data is never reused; entries made by other versions
 * are deleted when a new one is built.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resultsDir } from './scratch.ts';

const projectRoot = join(import.meta.dirname, '..');
const cacheDir = join(resultsDir, 'cache');
const generatorSources = [
  'electron/core',
  'shared',
  'package-lock.json',
  'bench/fixture-cache.ts',
  'bench/fixtures.ts',
  'bench/kiosk-answers.ts',
  'bench/dashboard-fixture.ts',
];
const completeMarker = '.complete';

let version: string | undefined;

/** A short hash of every file generation depends on, computed once per run. */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of generatorSources.flatMap((source) => filesUnder(join(projectRoot, source))).sort()) {
    hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  version = hash.digest('hex').slice(0, 12);
  return version;
}

/**
 * The folder `name` for this code version, built by `build` when it is not cached yet. A build
 * that fails or is interrupted leaves no entry behind that could pass for a complete one.
 */
export async function cachedFolder(name: string, build: (folder: string) => Promise<void>): Promise<string> {
  const folder = join(cacheDir, `${name}-${codeVersion()}`);
  if (existsSync(join(folder, completeMarker))) return folder;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${folder}.partial`;
  for (const entry of readdirSync(cacheDir)) {
    if (!entry.endsWith(`-${codeVersion()}`)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  mkdirSync(partial);
  try {
    await build(partial);
    writeFileSync(join(partial, completeMarker), `${new Date().toISOString()}\n`);
    renameSync(partial, folder);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return folder;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
    throw error;
  }
}
