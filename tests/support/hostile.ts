/** Hostile input for the tests: YAML built to exhaust a parser's memory. */

/**
 * A "billion laughs" YAML text: `levels` lines, each a list of nine aliases
 * of the line before (9^levels values once expanded). The first alias is on
 * the text's second line.
 */
export function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < levels; level++)
    lines.push(
      `a${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}
