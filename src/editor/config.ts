/**
 * The web editor's configuration (Decap CMS, `/admin/`): the backend that
 * saves (Decap's local proxy or the forge's API), the events collection, and
 * its form, generated from the content schema and the taxonomy with the
 * widget tables of src/editor/widgets.ts, so the form has a widget for every
 * field the checker knows and writes no field the checker refuses.
 */
import type { SiteSettings } from '../config/settings.ts';
import { EVENTS_COLLECTION, schemaKeys, subfields, widgetContext, type FormInput } from './fields.ts';
import { EDITOR_FORMAT, EDITOR_ID_KEY } from './format.ts';
import { EVENT_WIDGETS } from './widgets.ts';

/** Which backend saves: Decap's local proxy (`npm run edit`) or the forge's API. */
export type EditorBackend = { kind: 'local'; proxyUrl: string } | { kind: 'forge' };

export interface EditorConfigInput extends FormInput {
  settings: Pick<SiteSettings, 'language' | 'timeZone' | 'site' | 'base' | 'repository' | 'editor'>;
  backend: EditorBackend;
  /**
   * The events folder as the backend sees it: `events` for the local proxy
   * (which serves the content folder itself), `content/events` in the repository.
   */
  folder: string;
}

/** `owner/name` and the Decap backend for a repository URL on GitHub or GitLab. */
export function forgeBackend(repositoryUrl: string): { name: 'github' | 'gitlab'; repo: string; apiOrigin: string } {
  const url = new URL(repositoryUrl);
  const repo = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (url.hostname === 'github.com') return { name: 'github', repo, apiOrigin: 'https://api.github.com' };
  if (url.hostname === 'gitlab.com') return { name: 'gitlab', repo, apiOrigin: 'https://gitlab.com' };
  throw new Error(
    `site.yaml: repository.url: ${repositoryUrl} is not on github.com or gitlab.com — the web editor commits through GitHub's or GitLab's API; use such a repository, or leave editor.enabled out`,
  );
}

/** The whole Decap CMS configuration, for `CMS.init({ config })`. */
export function editorConfig(input: EditorConfigInput): Record<string, unknown> {
  const { settings, t } = input;
  const context = widgetContext(input);
  const fields = subfields(EVENT_WIDGETS, input.schemaFields?.event ?? schemaKeys.event(), context, 'event');

  let backend: Record<string, unknown>;
  if (input.backend.kind === 'local') {
    backend = { name: 'proxy', proxy_url: input.backend.proxyUrl, branch: settings.repository?.branch ?? 'main' };
  } else {
    if (!settings.repository) {
      throw new Error(
        'site.yaml: editor.enabled needs repository (url and branch): the published editor commits to it — set repository, or run the editor locally with npm run edit',
      );
    }
    const forge = forgeBackend(settings.repository.url);
    backend = {
      name: forge.name,
      repo: forge.repo,
      branch: settings.repository.branch,
      ...(settings.editor?.auth?.url ? { base_url: settings.editor.auth.url } : {}),
      ...(settings.editor?.auth?.endpoint ? { auth_endpoint: settings.editor.auth.endpoint } : {}),
      ...(settings.editor?.auth?.siteDomain ? { site_domain: settings.editor.auth.siteDomain } : {}),
      commit_messages: {
        create: 'Add event “{{slug}}” (web editor)',
        update: 'Update event “{{slug}}” (web editor)',
        delete: 'Delete event “{{slug}}” (web editor)',
        uploadMedia: 'Add image “{{path}}” (web editor)',
        deleteMedia: 'Delete image “{{path}}” (web editor)',
      },
    };
  }

  return {
    load_config_file: false,
    backend,
    // Each new or changed event becomes a pull request, which CI checks before anyone merges it.
    ...(input.backend.kind === 'forge' ? { publish_mode: 'editorial_workflow' } : {}),
    locale: settings.language,
    site_url: new URL(settings.base, settings.site).href,
    display_url: new URL(settings.base, settings.site).href,
    // Images sit beside the event file (collection media_folder ""), written as ./name.
    media_folder: input.folder,
    public_folder: '.',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: EVENTS_COLLECTION,
        label: t.editorCollection,
        label_singular: t.editorCollectionSingular,
        description: t.editorCollectionDescription,
        folder: input.folder,
        extension: 'md',
        format: EDITOR_FORMAT,
        create: true,
        delete: false,
        // The file name is set before saving (src/editor/admin.ts) by npm run new's rule; see EDITOR_ID_KEY.
        identifier_field: 'title',
        slug: `{{fields.${EDITOR_ID_KEY}}}`,
        media_folder: '',
        public_folder: '.',
        sortable_fields: ['date', 'title'],
        summary: '{{date}} · {{title}}',
        fields,
      },
    ],
  };
}
