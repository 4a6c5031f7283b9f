/**
 * `npm run import -- <file> --into <content folder> [--source-url URL] [--source-date DATE] [--language en] [--time-zone UTC]`
 * Imports a TimelineJS JSON document or a CSV saved from the TimelineJS
 * Google Sheets template; prints one line per slide. Exit status: 0 when
 * every slide was carried over, 1 when the document cannot be read (nothing
 * is written), 2 when some slides were not carried over (each line says why).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { runImport } from '../src/import/run.ts';

const USAGE =
  'usage: npm run import -- <timeline.json | sheet.csv> --into <content folder> [--source-url https://…] [--source-date 2020-01-17] [--language en|nl] [--time-zone Europe/Amsterdam] [--no-download] [--max-image-size 20]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      into: { type: 'string' },
      'source-url': { type: 'string' },
      'source-date': { type: 'string' },
      language: { type: 'string' },
      'time-zone': { type: 'string' },
      download: { type: 'boolean', default: true },
      'max-image-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(
    `${USAGE}\n\nLanguage and time zone apply to a new timeline; an existing one keeps those in its site.yaml.\nImages a slide points to (an http(s) address or a file next to the document) are downloaded into the events folder as the event's image; --no-download keeps them as links in the text, and --max-image-size sets the largest image taken, in MB (default 20). Nothing else is fetched. YouTube, Vimeo and audio/video file links become video: and audio: fields. See README, "Moving from TimelineJS", and docs/media.md.`,
  );
  process.exit(0);
}
if (positionals.length !== 1 || !values.into) {
  console.error(
    `${positionals.length === 0 ? 'name the TimelineJS file to import' : positionals.length > 1 ? `import one file at a time, not ${positionals.length}` : 'say where the timeline goes with --into <content folder>'}\n${USAGE}`,
  );
  process.exit(1);
}
const maxImageMb = values['max-image-size'] === undefined ? undefined : Number(values['max-image-size']);
if (maxImageMb !== undefined && !(maxImageMb > 0)) {
  console.error(
    `--max-image-size: "${values['max-image-size']}" is not a size in MB — write a number such as 20\n${USAGE}`,
  );
  process.exit(1);
}
const result = await runImport({
  file: resolve(positionals[0]!),
  into: resolve(values.into),
  sourceUrl: values['source-url'],
  sourceDate: values['source-date'],
  language: values.language,
  timeZone: values['time-zone'],
  download: values.download,
  maxImageBytes: maxImageMb === undefined ? undefined : maxImageMb * 1024 * 1024,
});
for (const line of result.lines) console.log(line);
process.exitCode = result.status;
