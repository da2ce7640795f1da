import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
  [
    ...readFileSync(join(projectRoot, file), 'utf8').matchAll(
      /(?:from\s+|import\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g,
    ),
  ].map((match) => match[1]!);

const allSources = [...sources('electron'), ...sources('renderer'), ...sources('shared')];

test('only electron/shell and electron/preload import electron', () => {
  const offenders = allSources.filter(
    (file) =>
      !/^electron\/(shell|preload)\//.test(file) &&
      importsOf(file).some((name) => name === 'electron' || name.startsWith('electron/')),
  );
  assert.deepEqual(offenders, []);
});

test('renderer/ and shared/ never reach into electron/', () => {
  const offenders = [...sources('renderer'), ...sources('shared')].filter((file) =>
    importsOf(file).some(
      (name) =>
        name.startsWith('.') &&
        relative(projectRoot, join(projectRoot, file, '..', name)).startsWith('electron'),
    ),
  );
  assert.deepEqual(offenders, []);
});

test('shared/ imports nothing from renderer/ either, so both sides can use it', () => {
  const offenders = sources('shared').filter((file) =>
    importsOf(file).some(
      (name) =>
        name.startsWith('.') &&
        relative(projectRoot, join(projectRoot, file, '..', name)).startsWith('renderer'),
    ),
  );
  assert.deepEqual(offenders, []);
});

/** The modules a file imports as values (not `import type`), resolved to project-relative paths or package names. */
function valueImportsOf(file: string): string[] {
  const source = readFileSync(join(projectRoot, file), 'utf8');
  return [
    ...source.matchAll(/^import (?!type )[^;]*?from ['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/gm),
  ].map((match) => {
    const name = (match[1] ?? match[2])!;
    return name.startsWith('.') ? relative(projectRoot, join(projectRoot, file, '..', name)) : name;
  });
}

/** Whether loading this module loads zod, through any chain of value imports. */
function loadsZod(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  return valueImportsOf(file).some(
    (name) => name === 'zod' || (/\.tsx?$/.test(name) && loadsZod(name, seen)),
  );
}

test('nothing the renderer loads loads zod: the screens take types from the schemas, and limits from zod-free modules', () => {
  const offenders = sources('renderer').filter((file) => loadsZod(file));
  assert.deepEqual(offenders, []);
});

/** The project files a file imports (values and types alike), as project-relative paths. */
const localImportsOf = (file: string) =>
  importsOf(file)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(projectRoot, join(projectRoot, file, '..', name)));

const within = (folder: string) => (file: string) => file.startsWith(`${folder}/`);

/** The kiosk's export onto a stick: the staff tool only finds sticks to import from. */
const kioskStickExport = ['electron/core/usb/stick-export.ts', 'electron/core/usb/stick-problem.ts'];

test('core/usb imports neither role, and core/staff finds sticks with it but never uses the kiosk export', () => {
  const offenders = sources('electron/core').filter(
    (file) =>
      (within('electron/core/usb')(file) &&
        localImportsOf(file).some(
          (name) => within('electron/core/kiosk')(name) || within('electron/core/staff')(name),
        )) ||
      (within('electron/core/staff')(file) &&
        localImportsOf(file).some((name) => kioskStickExport.includes(name))),
  );
  assert.deepEqual(offenders, []);
});

test('kiosk code and staff code never import each other, in the core or in the renderer', () => {
  const reaches = (from: string, to: string) =>
    sources(from).filter((file) => localImportsOf(file).some(within(to)));
  assert.deepEqual(
    [
      ...reaches('electron/core/kiosk', 'electron/core/staff'),
      ...reaches('electron/core/staff', 'electron/core/kiosk'),
      ...reaches('renderer/kiosk', 'renderer/staff'),
      ...reaches('renderer/staff', 'renderer/kiosk'),
    ],
    [],
  );
});

test('the core never imports the shell, the preload, the HTTP host or the command line built on it', () => {
  const above = ['electron/shell', 'electron/preload', 'electron/host', 'electron/cli'];
  const offenders = sources('electron/core').filter((file) =>
    localImportsOf(file).some(
      (name) => name === 'electron/cli.ts' || above.some((folder) => within(folder)(name)),
    ),
  );
  assert.deepEqual(offenders, []);
});

/** One import cycle in `graph` (a list of nodes, its first repeated last), or null when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

test('no import cycle between files, nor between the folders of electron/core, renderer/ or shared/', () => {
  const files = new Map(allSources.map((file) => [file, localImportsOf(file)]));
  assert.equal(findCycle(files), null);

  for (const top of ['electron/core', 'renderer', 'shared']) {
    // A file directly in `top` stands for itself; anything deeper, for its folder just below it.
    const unitOf = (file: string) => new RegExp(`^${top}/[^/]+/`).exec(file)?.[0] ?? file;
    const folders = new Map<string, string[]>();
    for (const [file, imported] of files) {
      if (!within(top)(file)) continue;
      const from = unitOf(file);
      const to = imported.filter(within(top)).map(unitOf);
      folders.set(from, [...(folders.get(from) ?? []), ...to.filter((unit) => unit !== from)]);
    }
    assert.equal(findCycle(folders), null, top);
  }
});

test('a migration imports only the Migration type, its sibling migration files, Node and better-sqlite3', () => {
  // What a step stores must not change when today's code does, so it reads no domain module.
  const migrations = sources('electron/core').filter((file) => /\/migrations\/[^/]+\.ts$/.test(file));
  assert.ok(migrations.length > 0);
  const offenders = migrations.flatMap((file) =>
    importsOf(file)
      .filter((name) => {
        if (name.startsWith('node:') || name === 'better-sqlite3') return false;
        if (!name.startsWith('.')) return true;
        const target = relative(projectRoot, join(projectRoot, file, '..', name));
        return target !== 'electron/core/db/migration.ts' && !within(join(file, '..'))(target);
      })
      .map((name) => `${file} imports ${name}`),
  );
  assert.deepEqual(offenders, []);
});

test('bench/ never imports tests/: what both need lives in build/', () => {
  const offenders = sources('bench').filter((file) => localImportsOf(file).some(within('tests')));
  assert.deepEqual(offenders, []);
});

test('unit tests for the core mirror its folders: each test sits in a folder named like the one it tests', () => {
  const misplaced = sources('tests/unit/core')
    .map((file) => relative('tests/unit/core', join(file, '..')))
    .filter((folder) => folder === '' || !existsSync(join(projectRoot, 'electron/core', folder)));
  assert.deepEqual([...new Set(misplaced)], []);
});
