import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../helpers/project.ts';

/** Every TypeScript source file under a folder of the project, as project-relative paths. */
function sources(folder: string): string[] {
  return readdirSync(join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(folder, file));
}

const importsOf = (file: string) =>
  [...readFileSync(join(projectRoot, file), 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map(
    (match) => match[1]!,
  );

const allSources = [...sources('electron'), ...sources('renderer'), ...sources('shared')];

test('only electron/shell and electron/preload import electron', () => {
  const offenders = allSources.filter(
    (file) => !/^electron\/(shell|preload)\//.test(file) && importsOf(file).some((name) => name === 'electron' || name.startsWith('electron/')),
  );
  assert.deepEqual(offenders, []);
});

test('renderer/ and shared/ never reach into electron/', () => {
  const offenders = [...sources('renderer'), ...sources('shared')].filter((file) =>
    importsOf(file).some((name) => name.startsWith('.') && relative(projectRoot, join(projectRoot, file, '..', name)).startsWith('electron')),
  );
  assert.deepEqual(offenders, []);
});

test('shared/ imports nothing from renderer/ either, so both sides can use it', () => {
  const offenders = sources('shared').filter((file) =>
    importsOf(file).some((name) => name.startsWith('.') && relative(projectRoot, join(projectRoot, file, '..', name)).startsWith('renderer')),
  );
  assert.deepEqual(offenders, []);
});

test('the renderer takes only types from the contract, so zod stays out of the kiosk bundle', () => {
  const offenders = sources('renderer').filter((file) =>
    readFileSync(join(projectRoot, file), 'utf8')
      .split('\n')
      .some((line) => /from ['"].*shared\/(contract|domain)\.ts['"]/.test(line) && !/^import type /.test(line)),
  );
  assert.deepEqual(offenders, []);
});
