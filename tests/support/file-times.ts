/**
 * A `node --test` reporter that prints, at the end of a run, how long each
 * test file took from its start to its summary (wall clock, hooks and
 * builds included), slowest first: where the suite's time goes.
 */
interface Event {
  type: string;
  data?: { file?: string; name?: string };
}

export default async function* fileTimes(source: AsyncIterable<Event>): AsyncGenerator<string> {
  const started = new Map<string, number>();
  const took = new Map<string, number>();
  for await (const { type, data } of source) {
    const file = data?.file;
    if (!file) continue;
    // The runner dequeues a file's own test (named by its path) when the file starts, and sums it up when it ends.
    if (type === 'test:dequeue' && !started.has(file) && file.endsWith(data.name ?? '\0'))
      started.set(file, performance.now());
    if (type === 'test:summary' && started.has(file)) took.set(file, (performance.now() - started.get(file)!) / 1000);
  }
  const rows = [...took]
    .map(([file, seconds]) => ({ file: file.replace(`${process.cwd()}/`, ''), seconds }))
    .sort((a, b) => b.seconds - a.seconds);
  yield `\nTime per test file (wall clock, from its start to its summary):\n`;
  for (const { file, seconds } of rows) yield `${seconds.toFixed(1).padStart(7)} s  ${file}\n`;
}
