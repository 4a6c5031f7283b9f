import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { parsingEntry, schemaOnce } from '../../src/content/schema-once.ts';

/** A schema function as Astro's: `image()` bound to one entry's file. */
function counted() {
  let builds = 0;
  const schema = schemaOnce(({ image }: { image: () => z.ZodType }) => {
    builds++;
    return z.object({ title: z.string(), image: z.object({ src: image() }).optional() });
  });
  const astroImage = (file: string) => () => z.string().transform((src) => `${file}:${src}`);
  return { schema, astroImage, builds: () => builds };
}

test('entries without an image share one schema', () => {
  const { schema, astroImage, builds } = counted();
  const parsed = ['a.md', 'b.md', 'c.md'].map((file) =>
    parsingEntry(false, () => schema({ image: astroImage(file) }).parse({ title: file })),
  );
  assert.deepEqual(parsed, [{ title: 'a.md' }, { title: 'b.md' }, { title: 'c.md' }]);
  assert.equal(builds(), 1);
});

test('an entry with an image gets a schema bound to its own file', () => {
  const { schema, astroImage, builds } = counted();
  parsingEntry(false, () => schema({ image: astroImage('a.md') }));
  const parsed = parsingEntry(true, () =>
    schema({ image: astroImage('foto.md') }).parse({ title: 't', image: { src: './foto.jpg' } }),
  );
  assert.deepEqual(parsed, { title: 't', image: { src: 'foto.md:./foto.jpg' } });
  assert.equal(builds(), 2);
});

test('the shared schema refuses an image instead of resolving it against another file', () => {
  const { schema, astroImage } = counted();
  const result = parsingEntry(false, () =>
    schema({ image: astroImage('a.md') }).safeParse({ title: 't', image: { src: './foto.jpg' } }),
  );
  assert.equal(result.success, false);
  assert.match(JSON.stringify(result.error?.issues), /schema-once/);
});

test("outside the loader (Astro's type generator), the schema is built as asked, and the flag never outlives a parse", () => {
  const { schema, astroImage, builds } = counted();
  schema({ image: astroImage('x.md') });
  schema({ image: astroImage('y.md') });
  assert.equal(builds(), 2);
  assert.throws(() =>
    parsingEntry(false, () => {
      throw new Error('parse failed');
    }),
  );
  assert.deepEqual(schema({ image: astroImage('z.md') }).parse({ title: 'z', image: { src: './p.jpg' } }), {
    title: 'z',
    image: { src: 'z.md:./p.jpg' },
  });
});
