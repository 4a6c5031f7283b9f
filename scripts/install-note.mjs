// `npm install`'s last line on an older Node (postinstall). npm warns EBADENGINE for every dependency
// that needs Node 22.12 or newer; those warnings are true of the Node that runs npm, but nothing runs
// the dependencies on it: every `npm run …` script runs on the project's own Node (the `node` package,
// node_modules/.bin/node). Plain JavaScript, so any Node that npm runs on can run it.
const npmNode = /\bnode\/v(\d+)\.(\d+)/.exec(process.env.npm_config_user_agent ?? '');
const [major, minor] = npmNode ? [Number(npmNode[1]), Number(npmNode[2])] : [22, 12];
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `tijdlijn: the EBADENGINE warnings above are expected: npm runs on Node ${major}.${minor}, the dependencies need 22.12 or newer, and every \`npm run …\` runs them on the project's own Node 24 (node_modules/.bin/node).`,
  );
}
