import assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isPictogramName, pictogramNames } from '../../../renderer/pictograms/names.ts';
import { projectRoot } from '../../helpers/project.ts';

// Vite turns an SVG import into the file's URL; here Node resolves the import as usual (so a
// missing file fails the import) and the module's value is the file it found.
registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith('.svg'))
      return { format: 'module', source: `export default ${JSON.stringify(url)};`, shortCircuit: true };
    return nextLoad(url, context);
  },
});

type Registry = { pictogramUrls: Readonly<Record<string, string>> };

// Imported by URL so the Node typecheck does not follow the registry into Vite's SVG imports.
const registryUrl = pathToFileURL(join(projectRoot, 'renderer', 'pictograms', 'registry.ts')).href;
const { pictogramUrls } = (await import(registryUrl)) as Registry;

/** The rule the question model applies to a pictogram name (shared/domain.ts). */
const slug = /^[a-z0-9][a-z0-9-]{0,63}$/;
// Node resolves imports to real paths, so a linked node_modules is compared by its real path too.
const openMojiColourSvgs = realpathSync(join(projectRoot, 'node_modules', 'openmoji', 'color', 'svg')) + sep;

test('pictogram names are unique slugs a question can use', () => {
  assert.ok(pictogramNames.length > 0);
  assert.deepEqual(
    pictogramNames.filter((name) => !slug.test(name)),
    [],
  );
  assert.equal(new Set(pictogramNames).size, pictogramNames.length, 'no name is registered twice');
});

test('every registered name maps to a colour SVG shipped in the openmoji package', () => {
  assert.deepEqual(Object.keys(pictogramUrls).sort(), [...pictogramNames].sort());
  for (const name of pictogramNames) {
    const file = fileURLToPath(pictogramUrls[name]!);
    assert.ok(file.startsWith(openMojiColourSvgs), `${name} comes from openmoji/color/svg, not ${file}`);
    assert.match(readFileSync(file, 'utf8'), /^<svg[\s>]/, `${name} is an SVG`);
  }
});

test('each pictogram is a different image', () => {
  const files = Object.values(pictogramUrls);
  assert.equal(new Set(files).size, files.length);
});

test('only registered names pass the guard, not words that merely exist on objects', () => {
  assert.ok(pictogramNames.every(isPictogramName));
  for (const name of ['beer', 'constructor', '__proto__', 'toString', 'Thumbs-Up', ''])
    assert.equal(isPictogramName(name), false, name);
});
