/**
 * The schema of an event's `video:` and `audio:` fields: an address the
 * site can play (src/lib/media.ts says which), a title for the play
 * control, a caption and a credit. Each problem with the address is one
 * issue with what to write instead.
 */
import { z } from 'astro/zod';
import { readMediaAddress, type MediaField } from '../lib/media.ts';
import { describe, required, text } from '../lib/schema-basics.ts';

export const MEDIA_FIELDS = {
  url: {
    required: true,
    meaning: 'https address of a YouTube or Vimeo video, or of a video or audio file',
    hint: 'write e.g. url: https://www.youtube.com/watch?v=M7lc1UVf-VE (video) or url: https://example.org/interview.mp3 (audio)',
  },
  title: {
    required: false,
    meaning: 'what the play control says; the event title when left out',
    hint: 'write a few words, e.g. title: The press conference',
  },
  caption: {
    required: false,
    meaning: 'what the recording shows or says, under the player',
    hint: 'write one sentence, or leave the field out',
  },
  credit: {
    required: false,
    meaning: 'maker or source, and licence',
    hint: 'name the maker or source, e.g. credit: "Video: NOS"',
  },
} as const;

/** `video:` or `audio:`: a group of fields (url, title, caption, credit). */
export function mediaSchema(field: MediaField) {
  return z
    .object(
      {
        url: z
          .string({ error: required('a web address') })
          .trim()
          .min(1, { error: 'is empty', abort: true })
          .superRefine((url, ctx) => {
            const reading = readMediaAddress(url, field);
            if (!reading.ok) ctx.addIssue({ code: 'custom', message: reading.message, params: { hint: reading.hint } });
          }),
        title: text().optional(),
        caption: text().optional(),
        credit: text().optional(),
      },
      {
        error: (issue) =>
          issue.input === null
            ? 'is empty'
            : `must be a group of fields (url, title, caption, credit), not ${describe(issue.input)}`,
      },
    )
    .strict()
    .optional();
}
