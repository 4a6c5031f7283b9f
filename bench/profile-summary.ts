/**
 * Summarises a V8 CPU profile (`node --cpu-prof` writes one .cpuprofile per
 * process): self time by package or project file, and the functions with the
 * most self time. Prints, never fails.
 *
 *   node bench/profile-summary.ts <file.cpuprofile>... [--top 30]
 *
 * Self time is the time the sampler found a function itself on top of the
 * stack (not its callees). "(garbage collector)", "(program)" and "(idle)"
 * are V8's own entries.
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

export function summarise(profile: CpuProfile): { totalMs: number; byOrigin: Map<string, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    // A sample's time is the gap to the next one.
    const delta = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta);
  }
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const where = origin(url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + us / 1000);
    const name = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us / 1000);
  }
  return { totalMs: (profile.endTime - profile.startTime) / 1000, byOrigin, byFunction };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
  const top = Number(values.top);
  for (const file of positionals) {
    const { totalMs, byOrigin, byFunction } = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    const rows = (map: Map<string, number>) =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, msSelf]) => [name, (msSelf / 1000).toFixed(2), `${((msSelf / totalMs) * 100).toFixed(1)} %`]);
    console.log(`\n${file}: ${(totalMs / 1000).toFixed(1)} s profiled`);
    console.log(table([['self time by package / file', 's', 'share'], ...rows(byOrigin)]));
    console.log('');
    console.log(table([['self time by function', 's', 'share'], ...rows(byFunction)]));
  }
}
