import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../helpers/project.ts';

/**
 * One shape for the renderer's code, so a component, its styles or a hook is found where its
 * name says: every component is `Name/index.tsx` with its styles beside it in
 * `Name/style.module.css`, and every hook is `useName.ts`.
 */
const renderer = join(projectRoot, 'renderer');
const files = readdirSync(renderer, { recursive: true, encoding: 'utf8' }).map((file) =>
  file.split('\\').join('/'),
);
const sources = files.filter((file) => /\.tsx?$/.test(file));
const read = (file: string) => readFileSync(join(renderer, file), 'utf8');

/**
 * The page's entry, and each module the renderer loads lazily with `import('…')`: the first
 * module of a bundle of its own (a role's screens, reception's admin area), named for what it
 * starts rather than folded into a component's folder.
 */
const entryPoints = new Set([
  'main.tsx',
  ...sources.flatMap((file) =>
    [...read(file).matchAll(/import\(\s*['"](\.[^'"]+\.tsx)['"]\s*\)/g)].map((match) =>
      join(dirname(file), match[1]!),
    ),
  ),
]);

test('the lazily loaded bundles are found, so the exceptions below are these and no more', () => {
  assert.deepEqual(
    [...entryPoints].sort(),
    [
      'kiosk/KioskApp.tsx',
      'kiosk/admin/AdminArea.tsx',
      'main.tsx',
      'staff/PrintRoot.tsx',
      'staff/StaffRoot.tsx',
    ].sort(),
  );
});

test('every component is Name/index.tsx in a folder of its own, but for the entry points', () => {
  const offenders = sources.filter(
    (file) =>
      file.endsWith('.tsx') && !entryPoints.has(file) && !/(^|\/)[A-Z][A-Za-z]*\/index\.tsx$/.test(file),
  );
  assert.deepEqual(offenders, []);
});

test('every CSS module is style.module.css, beside the component or entry point it styles', () => {
  const modules = files.filter((file) => file.endsWith('.module.css'));
  const misnamed = modules.filter((file) => basename(file) !== 'style.module.css');
  const stray = modules.filter((file) => {
    const folder = dirname(file);
    return (
      !existsSync(join(renderer, folder, 'index.tsx')) &&
      ![...entryPoints].some((entry) => dirname(entry) === folder)
    );
  });
  assert.deepEqual({ misnamed, stray }, { misnamed: [], stray: [] });
});

test('every hook is a file of its own named after it, useName.ts', () => {
  const misnamed = sources.filter(
    (file) => basename(file).startsWith('use') && !/^use[A-Z][A-Za-z]*\.ts$/.test(basename(file)),
  );
  const elsewhere = sources.filter((file) =>
    [...read(file).matchAll(/export (?:function|const) (use[A-Z]\w*)/g)].some(
      (match) => basename(file) !== `${match[1]}.ts`,
    ),
  );
  assert.deepEqual({ misnamed, elsewhere }, { misnamed: [], elsewhere: [] });
});

test('every colour is a token of components/tokens.css: no CSS module writes one of its own', () => {
  const offenders = files.filter(
    (file) => file.endsWith('.module.css') && /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i.test(read(file)),
  );
  assert.deepEqual(offenders, []);
});
