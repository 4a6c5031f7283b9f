/**
 * A `node --test` reporter for tests/run.ts: the counts of the whole run
 * (tests, passed, failed, …) as one line of JSON, which the runner adds up
 * across the runs it starts side by side.
 */
export interface RunSummary {
  tests: number;
  passed: number;
  failed: number;
  cancelled: number;
  skipped: number;
  todo: number;
}

interface Event {
  type: string;
  data?: { file?: string; counts?: RunSummary };
}

export default async function* runSummary(source: AsyncIterable<Event>): AsyncGenerator<string> {
  for await (const { type, data } of source) {
    // The runner sums up each file (naming it) when files run in processes of their own, and last the whole run.
    if (type !== 'test:summary' || data?.file || !data?.counts) continue;
    const { tests, passed, failed, cancelled, skipped, todo } = data.counts;
    const summary: RunSummary = { tests, passed, failed, cancelled, skipped, todo };
    yield `${JSON.stringify(summary)}\n`;
  }
}
