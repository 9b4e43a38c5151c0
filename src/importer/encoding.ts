/**
 * Line-local repair of mojibake: UTF-8 bytes that were read as Windows-1252 or as Mac Roman, and
 * emoji written as UTF-16 of which only the low byte of each code unit survived. Repair is
 * span-local, so valid UTF-8 on the same line ("São Paulo") is never touched.
 */
import type { EncodingRepair } from '../model/schema.js';

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function reverseTable(high: string, latin1Tail: boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < high.length; i++) map.set(high[i]!, 0x80 + i);
  if (latin1Tail) for (let b = 0xa0; b <= 0xff; b++) map.set(String.fromCharCode(b), b);
  return map;
}

const SCHEMES: Array<{ scheme: EncodingRepair['scheme']; bytes: Map<string, number> }> = [
  { scheme: 'cp1252-as-utf8', bytes: reverseTable(CP1252_HIGH, true) },
  { scheme: 'macroman-as-utf8', bytes: reverseTable(MAC_ROMAN_HIGH, false) },
];

/** Decode one UTF-8 sequence strictly; undefined when the bytes are not a valid sequence. */
function decodeUtf8(bytes: number[]): number | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === undefined) return undefined;
  const cont = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf && bytes.length === 2 && cont(b1)) return ((b0 & 0x1f) << 6) | (b1! & 0x3f);
  if (b0 >= 0xe0 && b0 <= 0xef && bytes.length === 3 && cont(b1) && cont(b2)) {
    if ((b0 === 0xe0 && b1! < 0xa0) || (b0 === 0xed && b1! >= 0xa0)) return undefined;
    return ((b0 & 0x0f) << 12) | ((b1! & 0x3f) << 6) | (b2! & 0x3f);
  }
  if (b0 >= 0xf0 && b0 <= 0xf4 && bytes.length === 4 && cont(b1) && cont(b2) && cont(b3)) {
    if ((b0 === 0xf0 && b1! < 0x90) || (b0 === 0xf4 && b1! >= 0x90)) return undefined;
    return ((b0 & 0x07) << 18) | ((b1! & 0x3f) << 12) | ((b2! & 0x3f) << 6) | (b3! & 0x3f);
  }
  return undefined;
}

function sequenceLength(lead: number): number {
  return lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** A two-byte result is believable only as a letter or typographic mark; longer ones always. */
function plausible(cp: number): boolean {
  if (cp >= 0x800) return true;
  return /[\p{L}\p{M}\p{Sc}«»§©®°±·¿¡]/u.test(String.fromCodePoint(cp));
}

export interface LineRepair {
  text: string;
  repairs: EncodingRepair[];
  /** Damage found that could not be undone (only the Unicode block is known). */
  unrecoverable: Array<{ column: number; original: string; block: string }>;
}

/** Repair one line. `isHeading` enables the UTF-16 low-byte check, which needs that context. */
export function repairLine(line: string, lineNumber: number, isHeading: boolean): LineRepair {
  const repairs: EncodingRepair[] = [];
  const unrecoverable: LineRepair['unrecoverable'] = [];
  let text = line;
  if (/[\u0080-\uFFFF]/.test(text)) text = repairLegacyCodePages(text, lineNumber, repairs);
  if (isHeading) text = repairUtf16LowBytes(text, lineNumber, repairs, unrecoverable);
  return { text, repairs, unrecoverable };
}

function repairLegacyCodePages(line: string, lineNumber: number, repairs: EncodingRepair[]): string {
  let out = '';
  let copied = 0; // `out` holds the line up to here, repaired
  let i = 0;
  let run: { start: number; original: string; repaired: string; scheme: EncodingRepair['scheme'] } | undefined;
  const flush = () => {
    if (run) repairs.push({ line: lineNumber, column: run.start + 1, original: run.original, repaired: run.repaired, scheme: run.scheme, confidence: 0.95 });
    run = undefined;
  };
  while (i < line.length) {
    // Every character of the tables is outside ASCII: an ASCII character is never the start of a repair.
    if (line.charCodeAt(i) <= 0x7f) {
      flush();
      i++;
      continue;
    }
    let matched = false;
    for (const { scheme, bytes } of SCHEMES) {
      const lead = bytes.get(line[i]!);
      const n = lead === undefined ? 0 : sequenceLength(lead);
      if (!n || i + n > line.length) continue;
      const seq: number[] = [];
      for (let k = 0; k < n; k++) {
        const b = bytes.get(line[i + k]!);
        if (b === undefined) break;
        seq.push(b);
      }
      const cp = seq.length === n ? decodeUtf8(seq) : undefined;
      if (cp === undefined || !plausible(cp)) continue;
      const repaired = String.fromCodePoint(cp);
      const original = line.slice(i, i + n);
      if (run && run.scheme === scheme && run.start + run.original.length === i) {
        run.original += original;
        run.repaired += repaired;
      } else {
        flush();
        run = { start: i, original, repaired, scheme };
      }
      out += line.slice(copied, i) + repaired;
      i += n;
      copied = i;
      matched = true;
      break;
    }
    if (!matched) {
      flush();
      i++;
    }
  }
  flush();
  // Unchanged text is copied in whole spans, and a line with nothing to repair comes back as it is.
  return copied === 0 ? line : out + line.slice(copied);
}

const LOW_BYTE_BLOCKS: Record<string, string> = {
  '<': 'U+1F000–U+1F3FF',
  '=': 'U+1F400–U+1F7FF',
  '>': 'U+1F800–U+1FBFF',
  '?': 'U+1FC00–U+1FFFF',
};

/**
 * "### <¯ Theme 1" → "### 🎯 Theme 1": a heading that opens with the low byte of a high
 * surrogate (`<` `=` `>` `?`) and maybe one Latin-1 character, then a space and a word.
 */
function repairUtf16LowBytes(line: string, lineNumber: number, repairs: EncodingRepair[], unrecoverable: LineRepair['unrecoverable']): string {
  const m = /^(\s{0,3}#{1,6}[ \t]+)([<=>?])([\u0080-\u00FF])?[ \t]+(?=[\p{L}"“'])/u.exec(line);
  if (!m) return line;
  const prefix = m[1]!;
  const high = 0xd800 + m[2]!.charCodeAt(0);
  const original = m[2]! + (m[3] ?? '');
  const rest = line.slice(m[0].length);
  if (m[3]) {
    const lowByte = m[3].charCodeAt(0);
    const found: string[] = [];
    for (const top of [0xdc, 0xdd, 0xde, 0xdf]) {
      const low = (top << 8) | lowByte;
      const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
      const ch = String.fromCodePoint(cp);
      if (/\p{Emoji_Presentation}/u.test(ch)) found.push(ch);
    }
    if (found.length === 1) {
      repairs.push({ line: lineNumber, column: prefix.length + 1, original, repaired: found[0]!, scheme: 'utf16-low-bytes', confidence: 0.8 });
      return `${prefix}${found[0]} ${rest}`;
    }
  }
  repairs.push({ line: lineNumber, column: prefix.length + 1, original, repaired: null, scheme: 'utf16-low-bytes', confidence: 0.5 });
  unrecoverable.push({ column: prefix.length + 1, original, block: LOW_BYTE_BLOCKS[m[2]!] ?? 'unknown' });
  return `${prefix}${rest}`;
}
