/**
 * The search page's worker: Pagefind (`pagefind.js`, beside the index) runs
 * here rather than in the page or in Pagefind's own worker, which posts every
 * result back to the page with its word positions. For a word in most events
 * that copy cost about a quarter of the search; here each search's results
 * stay in the worker, the page gets their count, and asks for a result's data
 * when it shows that result (worker-messages.ts).
 */
import type { Pagefind, SearchResponse } from './pagefind.ts';
import type { Answer, Answers, Request } from './worker-messages.ts';

/** The worker's global scope, the two parts of it used here (the project's types are the page's). */
const scope = self as unknown as {
  postMessage(answer: Answer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
};

let pagefind: Pagefind | undefined;
/** Each search's results, by the id of the request that made it, until the page lets go of them. */
const searches = new Map<number, SearchResponse>();

function opened(): Pagefind {
  if (!pagefind) throw new Error('Pagefind is not loaded yet');
  return pagefind;
}

async function answer(request: Request): Promise<Answers[Request['kind']]> {
  switch (request.kind) {
    case 'open': {
      const api = (await import(/* @vite-ignore */ `${request.bundle}pagefind.js`)) as Pagefind;
      // In a worker Pagefind finds no page to take its language from: it loads the index with the most pages,
      // which is the site's one language.
      await api.options({ baseUrl: request.base, noWorker: true });
      await api.init();
      pagefind = api;
      return null;
    }
    case 'search': {
      const found = await opened().search(request.term, request.options);
      if (!found) return null;
      searches.set(request.id, found);
      return { count: found.results.length, filters: found.filters };
    }
    case 'data': {
      const result = searches.get(request.search)?.results[request.index];
      if (!result) throw new Error(`No result ${request.index} of search ${request.search}`);
      return result.data();
    }
    case 'filters':
      return opened().filters();
    case 'release':
      searches.delete(request.search);
      return null;
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  answer(request).then(
    (value) => request.kind !== 'release' && scope.postMessage({ id: request.id, value }),
    (error: unknown) =>
      scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
