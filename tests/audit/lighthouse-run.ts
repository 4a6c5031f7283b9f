/**
 * One Lighthouse run in a process of its own, for tests/audit/lighthouse.test.ts:
 *
 *   node tests/audit/lighthouse-run.ts '<LighthouseRun as JSON>'
 *
 * launches Chromium, audits the page once, writes Lighthouse's JSON report to stdout and exits.
 * Lighthouse keeps its timing marks in the process's globals, so two audits at once need two
 * processes; and it leaves a timer running after each audit, so the script exits itself rather
 * than waiting for that.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';

export interface LighthouseRun {
  url: string;
  chromePath: string;
  chromeFlags: string[];
  /** Lighthouse's options besides the port, the output and the log level, which the script sets. */
  flags: Flags;
}

const run = JSON.parse(process.argv[2] ?? '{}') as LighthouseRun;
const chrome = await chromeLauncher.launch({
  chromePath: run.chromePath,
  chromeFlags: run.chromeFlags,
  logLevel: 'error',
});
let report: string;
try {
  const result = await lighthouse(run.url, { ...run.flags, port: chrome.port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${run.url}`);
  report = result.report as string;
} finally {
  chrome.kill();
}
process.stdout.write(report, () => process.exit(0));
