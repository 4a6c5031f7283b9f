/**
 * Links into the timeline's repository on its forge (GitHub's URL scheme):
 * "edit this event" on each event page and "propose an event" on the
 * timeline. Both come from the one `repository` setting in site.yaml and
 * are absent when it is not set.
 */
import { writeEventFile } from './frontmatter-write.ts';

export interface RepositorySetting {
  url: string;
  branch: string;
}

/** Path of the content folder inside the repository, e.g. `content`. */
export function contentPath(contentDir: string, root: string): string {
  return contentDir.startsWith(root) ? contentDir.slice(root.length).replace(/^\/+/, '') : 'content';
}

export function editEventUrl(repository: RepositorySetting, contentDir: string, root: string, id: string): string {
  return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${contentPath(contentDir, root)}/events/${id}.md`;
}

/**
 * The forge's "new file" page in the events folder, prefilled with a
 * template. Its placeholders (the date above all) fail the checker until the
 * editor fills them in, so an unedited proposal cannot be merged by accident.
 */
export function proposeEventUrl(repository: RepositorySetting, contentDir: string, root: string): string {
  const placeholderDate = 'JJJJ-MM-DD';
  const template = writeEventFile(
    {
      title: 'Kop van de gebeurtenis',
      date: placeholderDate,
      summary: 'Eén of twee zinnen over wat er gebeurde.',
      organisations: [],
      tags: [],
      sources: [
        { title: 'Titel van het artikel', publisher: 'Naam van de krant of omroep', url: 'https://…', language: 'nl' },
      ].map((source) => ({ ...source, date: placeholderDate })),
    },
    'De tekst van de gebeurtenis, in Markdown.',
  );
  const params = new URLSearchParams({ filename: 'nieuwe-gebeurtenis.md', value: template });
  return `${repository.url.replace(/\/$/, '')}/new/${repository.branch}/${contentPath(contentDir, root)}/events?${params}`;
}
