/**
 * pdfkit's standard fonts (Helvetica) encode text as WinAnsi: Latin-1 plus a few typographic marks.
 * Anything else would print as a wrong glyph, so it is mapped to a readable ASCII stand-in first.
 */

/** Characters above U+00FF that WinAnsi (code page 1252) still has. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const STAND_INS: Readonly<Record<string, string>> = {
  '≤': '<=',
  '≥': '>=',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '→': '->',
  '←': '<-',
  '↑': 'up',
  '↓': 'down',
  '≈': '~',
  '≠': '!=',
  '✓': 'yes',
  '✗': 'no',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** Text safe for Helvetica in pdfkit: every character is one WinAnsi can show. */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code <= 0xff || WIN_ANSI_EXTRAS.has(ch)) out += STAND_INS[ch] ?? ch;
    else out += STAND_INS[ch] ?? '?';
  }
  return out;
}
