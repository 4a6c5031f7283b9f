/**
 * The file names already in the events folder, asked of the backend the
 * editor saves to, so a new event gets the first free id by npm run new's
 * rule (src/lib/suggest.ts: slug, slug-2, …). Should the list be out of
 * date (someone saved the same title a moment ago), Decap's own check of
 * the repository still refuses to overwrite: it adds "-1" instead.
 */
export type TakenIdsSource =
  | { kind: 'local'; proxyUrl: string; folder: string; branch: string }
  | { kind: 'github'; repo: string; folder: string; branch: string }
  | { kind: 'none' };

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Decap stores the GitHub login here. */
function githubToken(): string | undefined {
  try {
    const user = JSON.parse(globalThis.localStorage?.getItem('decap-cms-user') ?? 'null') as { token?: string } | null;
    return user?.token;
  } catch {
    return undefined;
  }
}

/** File names in the events folder; empty when the backend cannot be asked. */
export async function takenNames(source: TakenIdsSource, fetcher: Fetch = fetch): Promise<string[]> {
  try {
    if (source.kind === 'local') {
      const response = await fetcher(source.proxyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          action: 'entriesByFolder',
          params: { branch: source.branch, folder: source.folder, extension: 'md', depth: 1 },
        }),
      });
      if (!response.ok) return [];
      const entries = (await response.json()) as { file?: { path?: string } }[];
      return entries.flatMap((entry) => (entry.file?.path ? [entry.file.path.split('/').pop()!] : []));
    }
    if (source.kind === 'github') {
      const token = githubToken();
      const response = await fetcher(
        `https://api.github.com/repos/${source.repo}/git/trees/${encodeURIComponent(`${source.branch}:${source.folder}`)}`,
        {
          headers: { accept: 'application/vnd.github+json', ...(token ? { authorization: `token ${token}` } : {}) },
        },
      );
      if (!response.ok) return [];
      const tree = (await response.json()) as { tree?: { path: string; type: string }[] };
      return (tree.tree ?? []).filter((item) => item.type === 'blob').map((item) => item.path);
    }
  } catch {
    // The backend could not be reached: Decap's own check still prevents an overwrite.
  }
  return [];
}
