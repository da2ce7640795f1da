/**
 * Bundles the Electron shell and the two preloads into dist/electron/ as CommonJS, then checks
 * that each bundle requires only what will be there at run time. Run: node build/bundle-electron.ts
 *
 * Main keeps better-sqlite3 outside (a native module, unpacked from the asar). A sandboxed
 * preload can require nothing but 'electron', so everything else is bundled into it.
 */
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/electron');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: false,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
} as const satisfies BuildOptions;

// Preloads are minified: they carry zod (the contract's role list) and load into every page.
// Main stays readable so a crash report's stack names our functions.
const bundles = [
  {
    entry: 'electron/shell/main.ts',
    out: 'main.cjs',
    external: ['electron', 'better-sqlite3'],
    builtins: true,
    minify: false,
  },
  {
    entry: 'electron/preload/kiosk.ts',
    out: 'preload-kiosk.cjs',
    external: ['electron'],
    builtins: false,
    minify: true,
  },
  {
    entry: 'electron/preload/staff.ts',
    out: 'preload-staff.cjs',
    external: ['electron'],
    builtins: false,
    minify: true,
  },
];

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The module names a bundle still imports at run time, read from esbuild's metafile. */
function runtimeImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path));
}

let failed = false;
for (const bundle of bundles) {
  const result = await build({
    ...common,
    entryPoints: [join(root, bundle.entry)],
    outfile: join(outDir, bundle.out),
    external: bundle.external,
    minify: bundle.minify,
  });
  const allowed = (name: string) =>
    bundle.external.includes(name) || (bundle.builtins && nodeBuiltins.has(name));
  const stray = runtimeImports(result.metafile).filter((name) => !allowed(name));
  if (stray.length > 0) {
    failed = true;
    console.error(
      `${bundle.out} requires what will not be there at run time: ${[...new Set(stray)].join(', ')}`,
    );
  } else {
    console.log(`dist/electron/${bundle.out}`);
  }
}
if (failed) process.exitCode = 1;
