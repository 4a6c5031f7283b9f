/**
 * Shared by the checker and scaffold tests: copies of the small valid
 * content folder in tests/fixtures/checker/base, and the command-line tools
 * run as child processes from the repository root, as an editor runs them.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT, tempDir } from '../support/build.ts';

export const BASE = join(ROOT, 'tests/fixtures/checker/base');
const NODE = join(ROOT, 'node_modules/.bin/node');

const temps: string[] = [];

/** A fresh copy of the base fixture (site.yaml, organisations.yaml, tags.yaml, two events). */
export function baseCopy(): string {
  const root = tempDir('tijdlijn-checker-');
  temps.push(root);
  const dir = join(root, 'content');
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

export function removeCopies(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** How the tools name a file: relative to the repository root, where they run. */
export function shown(...segments: string[]): string {
  return relative(ROOT, join(...segments))
    .split(sep)
    .join('/');
}

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout split into lines, without the trailing empty one. */
  lines: string[];
}

/** Runs `node scripts/<script>` from the repository root with TIJDLIJN_CONTENT pointing at `content`. */
export function runTool(script: string, content: string, args: readonly string[] = []): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join('scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, TIJDLIJN_CONTENT: content },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        lines: stdout.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1),
      }),
    );
  });
}

/** `npm run check`: the problem lines (without the closing summary line) and the exit code. */
export async function runCheck(content: string): Promise<ToolResult & { problems: string[]; summary: string }> {
  const result = await runTool('check-content.ts', content);
  return { ...result, problems: result.lines.slice(0, -1), summary: result.lines.at(-1) ?? '' };
}
