/**
 * The web editor's script (bundled into `/admin/editor.js` by
 * src/editor/integration.ts). It runs before Decap CMS's own script, tells it
 * not to start by itself, and once the page is loaded registers the project's
 * file format, the preview and the naming of new files, then starts Decap
 * with the configuration the build generated (src/editor/config.ts).
 */
import { freeEventId } from '../lib/slug.ts';
import { EDITOR_FORMAT, EDITOR_ID_KEY, fromFile, nestedOrder, toFile, type EntryData } from './format.ts';
import { previewTemplate, type CreateElement, type PreviewContext } from './preview.ts';
import { takenNames, type TakenIdsSource } from './taken-ids.ts';
import { todayIn } from '../lib/dates/index.ts';
import { fillToday } from './today.ts';

/** What the page hands over, as JSON in `<script type="application/json" id="tijdlijn-editor">`. */
export interface AdminPayload {
  config: Record<string, unknown> & {
    collections: { name: string; fields: { name: string; fields?: { name: string }[] }[] }[];
  };
  preview: PreviewContext;
  taken: TakenIdsSource;
  /** The site's stylesheet, for the preview. */
  stylesheet: string;
}

interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): EntryData; toFile(data: EntryData, order?: string[]): string },
  ): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(url: string): void;
  registerEventListener(listener: {
    name: string;
    handler: (event: { entry: ImmutableMap }) => Promise<unknown> | unknown;
  }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
  }
}

window.CMS_MANUAL_INIT = true;

function start(): void {
  const cms = window.CMS;
  const element = document.getElementById('tijdlijn-editor');
  if (!cms || !window.h || !element?.textContent) throw new Error('Decap CMS or the editor configuration did not load');
  const payload = JSON.parse(element.textContent) as AdminPayload;
  const collection = payload.config.collections[0]!;
  const nested = nestedOrder(collection.fields);

  cms.registerCustomFormat(EDITOR_FORMAT, 'md', {
    fromFile,
    toFile: (data, order) => toFile(data, order ?? collection.fields.map((field) => field.name), nested),
  });
  cms.registerPreviewStyle(payload.stylesheet);
  cms.registerPreviewTemplate(collection.name, previewTemplate(window.h, payload.preview));
  // A new file is named by npm run new's rule among the files already there.
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const data = entry.get('data') as ImmutableMap;
      if (!entry.get('newRecord')) return data;
      const names = await takenNames(payload.taken);
      return data.set(EDITOR_ID_KEY, freeEventId(String(data.get('title') ?? ''), names));
    },
  });
  cms.init({ config: fillToday(payload.config, todayIn(payload.preview.timeZone)) });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
