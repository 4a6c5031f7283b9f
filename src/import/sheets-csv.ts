/**
 * Reads a CSV file saved from the TimelineJS Google Sheets template (File →
 * Download → CSV): a header row with the template's columns, in any order,
 * then one row per slide; `Type` says `title` or `era` where a row is not an
 * event. Parsed with csv-parse (quotes, commas and line breaks inside cells).
 * A file that is not CSV, or lacks the columns a slide needs, is refused
 * with its line; values are checked later, slide by slide.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { closestId } from '../lib/suggest.ts';
import { DocumentError, type ImportedDocument, type ImportedSlide, type SlideField } from './slides.ts';

export const SHEETS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
type Column = (typeof SHEETS_COLUMNS)[number];

/** Columns later versions of the template added, read when present. */
const OPTIONAL_COLUMNS = ['Alt Text', 'Unique ID'] as const;
type Known = Column | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN: readonly Known[] = [...SHEETS_COLUMNS, ...OPTIONAL_COLUMNS];

const FIELD_COLUMNS: Partial<Record<SlideField, Known>> = {
  'start.year': 'Year',
  'start.month': 'Month',
  'start.day': 'Day',
  'start.time': 'Time',
  'start.hour': 'Time',
  'start.minute': 'Time',
  'start.second': 'Time',
  'start.millisecond': 'Time',
  'end.year': 'End Year',
  'end.month': 'End Month',
  'end.day': 'End Day',
  'end.time': 'End Time',
  'end.hour': 'End Time',
  'end.minute': 'End Time',
  'end.second': 'End Time',
  'end.millisecond': 'End Time',
  display_date: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  group: 'Group',
  background: 'Background',
  unique_id: 'Unique ID',
};

const normal = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

interface Row {
  line: number;
  cells: string[];
}

function readRows(source: string): Row[] {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  let lastLine = 0;
  try {
    // With `info` and `raw`, each record comes as { record, info, raw } (csv-parse's types do not say so).
    records = parse(source, {
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // csv-parse reads on to the end of the file looking for the closing quote; the row that opened it starts after the last good one.
      throw new DocumentError(
        `line ${lastLine + 1}`,
        'is not valid CSV: a quote (") opened in this row is never closed — close it, or write "" for a quote inside a cell',
      );
    }
    const line = (error as CsvError & { lines?: number }).lines;
    throw new DocumentError(
      line ? `line ${line}` : '(file)',
      `is not valid CSV: ${error.message.replace(/ at line \d+/, '')}`,
    );
  }
  return records.map(({ record, info, raw }) => {
    // info.lines is the line the record ends on; a cell may hold line breaks, and skipped empty lines come first in raw.
    const own = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
    return { line: info.lines - (own.split('\n').length - 1), cells: record.map((cell) => cell.trim()) };
  });
}

/** Reads the text of a Sheets-template CSV file; throws a DocumentError naming the line when it cannot. */
export function readSheetsCsv(source: string): ImportedDocument {
  const rows = readRows(source);
  const header = rows[0];
  if (!header)
    throw new DocumentError('line 1', 'the file is empty: it needs the header row of the TimelineJS template');
  const columns = new Map<Known, number>();
  const notes: string[] = [];
  header.cells.forEach((name, index) => {
    const known = KNOWN.find((column) => normal(column) === normal(name));
    if (known) columns.set(known, index);
    else if (name) {
      const suggestion = closestId(normal(name), KNOWN.map(normal));
      notes.push(
        `column "${name}" is not a TimelineJS column and is not carried over${suggestion ? ` (did you mean "${KNOWN.find((column) => normal(column) === suggestion)}"?)` : ''}`,
      );
    }
  });
  for (const required of ['Year', 'Headline'] as const) {
    if (!columns.has(required)) {
      throw new DocumentError(
        `line ${header.line}`,
        `the header has no "${required}" column, so this is not a CSV from the TimelineJS template — save the sheet again with its header row (${SHEETS_COLUMNS.join(', ')})`,
      );
    }
  }
  const document: ImportedDocument = { format: 'csv', events: [], eras: [], notes };
  for (const row of rows.slice(1)) {
    const cell = (column: Known) => {
      const index = columns.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '');
    };
    if (row.cells.every((value) => value === '')) continue;
    const where = `line ${row.line}`;
    const mediaUrl = cell('Media');
    const slide: ImportedSlide = {
      where,
      field: (name) => `${where}, column "${FIELD_COLUMNS[name] ?? name}"`,
      start:
        cell('Year') || cell('Month') || cell('Day') || cell('Time')
          ? { year: cell('Year'), month: cell('Month'), day: cell('Day'), time: cell('Time') }
          : undefined,
      end:
        cell('End Year') || cell('End Month') || cell('End Day') || cell('End Time')
          ? { year: cell('End Year'), month: cell('End Month'), day: cell('End Day'), time: cell('End Time') }
          : undefined,
      displayDate: cell('Display Date'),
      headline: cell('Headline'),
      text: cell('Text'),
      media:
        mediaUrl || cell('Media Credit') || cell('Media Caption') || cell('Media Thumbnail')
          ? {
              url: mediaUrl,
              credit: cell('Media Credit'),
              caption: cell('Media Caption'),
              thumbnail: cell('Media Thumbnail'),
              alt: cell('Alt Text'),
            }
          : undefined,
      group: cell('Group'),
      background: cell('Background'),
      uniqueId: cell('Unique ID'),
    };
    // As TimelineJS does: the first "title" row is the title slide (a second one is an event), "era" rows are eras.
    const type = cell('Type').toLowerCase();
    if (type === 'title' && !document.title) document.title = slide;
    else if (type === 'era') document.eras.push(slide);
    else document.events.push(slide);
  }
  return document;
}
