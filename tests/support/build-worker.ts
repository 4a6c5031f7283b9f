/**
 * A build worker of the test run, started by tests/support/build-service.ts: it
 * builds the site the way `npm run build` does (Astro's build with the same
 * options as `astro build --root … --silent`, then scripts/finish-build.ts),
 * one request after another, in this one process. Astro, Vite and Rolldown are
 * loaded and compiled once instead of once per build: a build of a fixture here
 * takes about a third of the CPU time of a build in processes of its own, with
 * the same bytes out (tests/audit/reproducible.test.ts compares the two).
 *
 * A request is an IPC message (`WorkerRequest`); the reply (`WorkerReply`) is
 * the exit code the command would have ended with and what the build printed.
 * Content problems end a build with process.exit, as they do the command: the
 * service then answers from the worker's output and its exit code.
 */
import { build } from 'astro';
import { finishBuild } from '../../scripts/finish-build.ts';

export interface WorkerRequest {
  /** Astro's root: the build's copy of the project (tests/support/build.ts). */
  root: string;
  /** Variables set for this build only: TIJDLIJN_CONTENT, TIJDLIJN_OUT_DIR, … */
  env: Record<string, string>;
}

export interface WorkerReply {
  status: number;
  output: string;
}

/** Runs `during` with every line the process writes also kept; returns what it wrote. */
async function keepingOutput(during: () => Promise<void>): Promise<string> {
  const kept: string[] = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream, index) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      kept.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return writes[index]!(chunk, ...rest);
    }) as typeof stream.write;
  });
  try {
    await during();
  } finally {
    streams.forEach((stream, index) => (stream.write = writes[index]!));
  }
  return kept.join('');
}

/** Sets `env` for the length of `during`, then puts every variable back as it was. */
async function withEnv(env: Record<string, string>, during: () => Promise<void>): Promise<void> {
  const before = new Map(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await during();
  } finally {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** One build, silent as `--silent` makes the command: a build whose log a test reads is the command's. */
export async function runRequest({ root, env }: WorkerRequest): Promise<WorkerReply> {
  let status = 0;
  const output = await keepingOutput(() =>
    withEnv(env, async () => {
      try {
        await build({ root, logLevel: 'silent' });
        status = await finishBuild(true);
      } catch (error) {
        console.error(error);
        status = 1;
      }
    }),
  );
  return { status, output };
}

// Started by the service (with an IPC channel): answer its requests. Imported by a test: nothing runs.
if (process.send) {
  process.on('message', (request: WorkerRequest) => {
    void runRequest(request).then((reply) => process.send!(reply));
  });
}
