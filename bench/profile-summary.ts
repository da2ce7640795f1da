/**
 * `node bench/profile-summary.ts FILE.cpuprofile [TOP]`: where a CPU profile's time went, as two
 * lists: the functions the samples landed in (self), and the functions on the stack when they did
 * (inclusive). Native calls (SQLite, fsync) show as the JavaScript function that made them or as
 * "(anonymous)". An async function is on the stack only until its first await; what runs after
 * an await is counted under the promise machinery that resumed it.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const [file, top = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.ts FILE.cpuprofile [TOP]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const root = fileURLToPath(new URL('..', import.meta.url));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map(
  profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id] as const)),
);

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const micros = profile.timeDeltas[index] ?? 0;
  total += micros;
  const stack: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
    stack.push(nameOf(byId.get(at)!));
  self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + micros);
  for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
});

console.log(`${(total / 1000).toFixed(0)} ms sampled`);
for (const [title, times] of [
  ['self', self],
  ['inclusive', inclusive],
] as const) {
  console.log(`\n${title}:`);
  for (const [name, micros] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(
      `${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`,
    );
  }
}

function nameOf({ callFrame: { functionName, url, lineNumber } }: ProfileNode): string {
  const where = url.startsWith('file://')
    ? relative(root, fileURLToPath(url)).replace(/^node_modules\//, '')
    : url;
  return `${functionName || '(anonymous)'}${where ? ` ${where}:${lineNumber + 1}` : ''}`;
}
