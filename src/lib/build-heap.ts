/**
 * The V8 heap limit for Astro's build process. Left to itself on a machine
 * with memory to spare, V8 lets the heap grow far past what the build keeps
 * alive: at 10,000 events Astro's process reached about 2 GB without a limit
 * and about 1.5 GB with 1,536 MB, and the build also completes within
 * 1,024 MB (docs/performance.md).
 */

/** Default limit, MB: enough for 10,000 events with room to spare. */
const BASE_MB = 1536;
/** MB per event, where that comes to more (past 10,240 events): half as much again as 10,000 events need. */
const PER_EVENT_MB = 0.15;

/** The limit asked for (TIJDLIJN_BUILD_HEAP_MB, src/config/environment.ts), else the default for this many events. */
export function astroHeapMb(events: number, asked: number | undefined): number {
  if (asked !== undefined) return asked;
  return Math.max(BASE_MB, Math.ceil(events * PER_EVENT_MB));
}

/** NODE_OPTIONS for Astro's process: the editor's own, plus the heap limit unless they set one. */
export function withHeapLimit(nodeOptions: string | undefined, heapMb: number): string {
  const options = nodeOptions?.trim() ?? '';
  if (/--max-old-space-size\b/.test(options)) return options;
  return `${options} --max-old-space-size=${heapMb}`.trim();
}
