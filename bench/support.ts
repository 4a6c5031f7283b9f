/** What the benchmarks share: a snapshot of the project to build in, process-tree memory, sizes and tables. */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const BIN = join(ROOT, 'node_modules/.bin');
const PAGE_SIZE = 4096; // bytes per page in /proc/<pid>/stat's rss field (x86-64/arm64 Linux default)

/** Sum of RSS (bytes) of `root` and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we were reading.
    }
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Copies what `npm run build` reads from the project into `<work>/root` and
 * links node_modules; returns that folder. Builds run there, not in the
 * checkout: Astro 7 writes a build whose output folder lies outside the
 * working directory to `<cwd>/.astro/.prerender/` first, so two builds in
 * one checkout overwrite each other's files. The snapshot also keeps edits
 * made meanwhile out of the figures.
 */
export function snapshot(work: string): string {
  const root = join(work, 'root');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Every file below `dir` with its size, paths relative to `dir` with forward slashes. */
export function filesWithSizes(dir: string): Array<{ path: string; size: number }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path: path.split('\\').join('/'), stat: statSync(join(dir, path)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ path, stat }) => ({ path, size: stat.size }));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** A plain text table; the first column left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}
