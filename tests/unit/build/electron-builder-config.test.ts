/**
 * The installers' settings as electron-builder itself reads them: its own loader and schema
 * check, from the electron-builder this project builds with. Packaging cannot run here (it
 * downloads Electron), so this is where a wrong key or a lost dependency shows before a release.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../helpers/project.ts';

type DebOptions = { depends?: string[] };
type BuilderConfig = { deb?: DebOptions; linux?: DebOptions & { target?: string[] } };

// app-builder-lib is electron-builder's own library: resolved from electron-builder, it is the
// code `npm run dist` runs.
const fromBuilder = createRequire(
  createRequire(join(projectRoot, 'package.json')).resolve('electron-builder'),
);
const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, options: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const FpmTarget = (
  fromBuilder('app-builder-lib/out/targets/FpmTarget.js') as {
    default: { prototype: { getDefaultDepends(target: string): string[] } };
  }
).default;
const { DebugLogger, log } = fromBuilder('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
  log: { stream: NodeJS.WritableStream };
};

async function builderConfig(): Promise<BuilderConfig> {
  // Its progress lines go to stdout, where Node's test runner reads its own reports: to stderr.
  const stream = log.stream;
  log.stream = process.stderr;
  try {
    const config = await getConfig(projectRoot, join(projectRoot, 'electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    return config;
  } finally {
    log.stream = stream;
  }
}

test('the deb depends on speech-dispatcher and a voice for it, so read-aloud works once it is installed', async () => {
  const config = await builderConfig();
  assert.ok(config.linux?.target?.includes('deb'), 'a deb is built');
  const depends = config.deb?.depends ?? [];
  assert.ok(
    depends.includes('speech-dispatcher'),
    `deb.depends names speech-dispatcher: ${depends.join(', ')}`,
  );
  assert.ok(
    depends.includes('speech-dispatcher-espeak-ng'),
    `deb.depends names the espeak-ng voice module: ${depends.join(', ')}`,
  );
});

test('the deb keeps every dependency electron-builder would name itself, which a depends list replaces', async () => {
  const depends = (await builderConfig()).deb?.depends ?? [];
  const defaults = FpmTarget.prototype.getDefaultDepends('deb');
  assert.ok(defaults.length > 0, 'electron-builder still has default deb dependencies');
  assert.deepEqual(
    defaults.filter((name) => !depends.includes(name)),
    [],
    'electron-builder defaults missing from deb.depends',
  );
});
