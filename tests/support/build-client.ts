/**
 * A request to the test run's build service (tests/support/build-service.ts):
 * `requestBuild` sends one and resolves to the reply. Run as a command,
 * `node tests/support/build-client.ts <socket>` sends the request read from
 * stdin and prints the reply: tests/support/build.ts runs it with spawnSync,
 * so a build stays a synchronous call for the test files.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildRequest } from './build-service.ts';
import type { WorkerReply } from './build-worker.ts';

export function requestBuild(socket: string, request: BuildRequest): Promise<WorkerReply> {
  return new Promise((answered, failed) => {
    const connection = connect(socket, () => connection.write(`${JSON.stringify(request)}\n`));
    let reply = '';
    connection.on('data', (chunk) => (reply += chunk.toString('utf8')));
    connection.on('end', () => {
      try {
        answered(JSON.parse(reply) as WorkerReply);
      } catch {
        failed(new Error(`the build service at ${socket} ended without a reply`));
      }
    });
    connection.on('error', (error) =>
      failed(new Error(`the build service at ${socket} did not answer: ${error.message}`)),
    );
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [socket] = process.argv.slice(2);
  if (!socket) {
    console.error('usage: node tests/support/build-client.ts <socket>  (the request on stdin)');
    process.exit(2);
  }
  try {
    const reply = await requestBuild(socket, JSON.parse(readFileSync(0, 'utf8')) as BuildRequest);
    process.stdout.write(JSON.stringify(reply));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
