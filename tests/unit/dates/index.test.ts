/**
 * The date module as a whole (src/lib/dates/index.ts): the same dates, keys and labels whatever the
 * build machine's own time zone.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dateOutputs } from '../../fixtures/unit/date-outputs.ts';

describe("the build machine's time zone changes nothing", () => {
  const fixture = fileURLToPath(new URL('../../fixtures/unit/date-outputs.ts', import.meta.url));
  const here = JSON.parse(JSON.stringify(dateOutputs()));

  test('the shared fixture agrees with the hand-worked values above', () => {
    const byInput = new Map(here.map((row: { input: unknown }) => [JSON.stringify(row.input), row]));
    const utcEvening = byInput.get(JSON.stringify('2020-01-16T23:30:00Z')) as { day: string; datetime: string };
    assert.equal(utcEvening.day, '2020-01-17');
    assert.equal(utcEvening.datetime, '2020-01-17T00:30+01:00');
  });

  for (const zone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata']) {
    test(`TZ=${zone} gives the same dates, keys and labels`, () => {
      const stdout = execFileSync(process.execPath, [fixture], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      const child = JSON.parse(stdout) as { processZone: string; januaryOffset: number; outputs: unknown[] };
      // The child really ran in that zone (otherwise this test proves nothing): check its
      // UTC offset on 17 January 2020 (getTimezoneOffset is minutes behind UTC).
      const expectedOffset = { UTC: 0, 'Pacific/Auckland': -780, 'America/Los_Angeles': 480, 'Asia/Kolkata': -330 }[
        zone
      ];
      assert.equal(child.januaryOffset, expectedOffset);
      assert.deepEqual(child.outputs, here);
    });
  }
});
