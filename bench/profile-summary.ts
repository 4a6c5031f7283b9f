/**
 * Summarises a V8 CPU profile (`node --cpu-prof` writes one .cpuprofile per
 * process): self time by package or project file, and the functions with the
 * most self time. Prints, never fails.
 *
 *   node bench/profile-summary.ts <file.cpuprofile>... [--top 30] [--callers luxon,zod]
 *
 * Self time is the time the sampler found a function itself on top of the
 * stack (not its callees). "(garbage collector)", "(program)" and "(idle)"
 * are V8's own entries. `--callers` attributes a package's self time to the
 * nearest project frame below it on the stack (which of the project's
 * functions made luxon or zod work that hard).
 *
 * A profile of the cold build (in a copy of the project, as bench/site.ts builds):
 *   TIJDLIJN_CONTENT=/tmp/corpus-10000 node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/astro/bin/astro.mjs build
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { table } from './support.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where code lives: a package (`astro`, `@astrojs/markdown-remark`), a project file (`src/lib/dates.ts`), or V8/Node itself. */
export function origin(url: string): string {
  if (!url) return '(V8 / native)';
  if (url.startsWith('node:')) return 'node: built-ins';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + '/node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const project = /\/(src|scripts|bench|\.astro|dist|astro\.config\.mjs)(\/.*)?$/.exec(path);
  return project ? `${project[1]}${project[2] ?? ''}` : path;
}

const isProject = (where: string) => /^(src|scripts|bench|\.astro|dist|astro\.config\.mjs)\b/.test(where);

export function summarise(
  profile: CpuProfile,
  callersOf: readonly string[] = [],
): {
  totalMs: number;
  byOrigin: Map<string, number>;
  byFunction: Map<string, number>;
  callers: Map<string, Map<string, number>>;
} {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    // A sample's time is the gap to the next one.
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta);
  }
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>(callersOf.map((name) => [name, new Map()]));
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const where = origin(url);
    const byCaller = callers.get(where);
    if (byCaller) {
      let caller = '(no project frame)';
      for (let up = parents.get(id); up !== undefined; up = parents.get(up)) {
        const frame = nodes.get(up)!.callFrame;
        if (frame.url && isProject(origin(frame.url))) {
          caller = `${frame.functionName || '(anonymous)'}  ${origin(frame.url)}:${frame.lineNumber + 1}`;
          break;
        }
      }
      byCaller.set(caller, (byCaller.get(caller) ?? 0) + us / 1000);
    }
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + us / 1000);
    const name = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us / 1000);
  }
  return { totalMs: (profile.endTime - profile.startTime) / 1000, byOrigin, byFunction, callers };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' }, callers: { type: 'string', default: '' } },
  });
  const top = Number(values.top);
  const callersOf = values.callers.split(',').filter(Boolean);
  for (const file of positionals) {
    const { totalMs, byOrigin, byFunction, callers } = summarise(
      JSON.parse(readFileSync(file, 'utf8')) as CpuProfile,
      callersOf,
    );
    const rows = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, msSelf]) => [name, (msSelf / 1000).toFixed(2), `${((msSelf / totalMs) * 100).toFixed(1)} %`]);
    console.log(`\n${file}: ${(totalMs / 1000).toFixed(1)} s profiled`);
    console.log(table([['self time by package / file', 's', 'share'], ...rows(byOrigin)]));
    console.log('');
    console.log(table([['self time by function', 's', 'share'], ...rows(byFunction)]));
    for (const [name, byCaller] of callers) {
      console.log('');
      console.log(table([[`${name}'s self time by the project code that called it`, 's', 'share'], ...rows(byCaller)]));
    }
  }
}
