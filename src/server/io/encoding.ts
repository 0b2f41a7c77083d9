/**
 * Guesses a text file's encoding from its first bytes, as a hint the user can override. A BOM or
 * valid UTF-8 is certain. Otherwise the file is a legacy single-byte one and Windows-1252 and
 * Mac Roman both decode every byte, so each is scored by how many of its non-ASCII characters are
 * letters inside words (Mac Roman's "Hôpital" is H\x99pital, which Windows-1252 reads as "H™pital"); chardet is
 * consulted only when neither reads as Latin text. All decoding goes through iconv-lite: Node's
 * TextDecoder('windows-1252') maps bytes 0x80–0x9F to C1 controls and loses € and friends.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { unreadable } from './import-problem';

export interface EncodingGuess {
  encoding: string;
  evidence: 'bom' | 'valid_utf8' | 'guess';
}

function isValidUtf8(bytes: Buffer): boolean {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

function looksLikeUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * How well a single-byte decoding reads as words: +1 for each non-ASCII letter inside a word, -1 for
 * each non-ASCII non-letter inside a word ("H™pital"). Characters beside spaces or digits (a "€"
 * after an amount) say nothing either way.
 */
function inWordLetterScore(bytes: Buffer, encoding: string): number {
  const chars = [...iconv.decode(bytes, encoding)];
  let score = 0;
  chars.forEach((char, at) => {
    if (char.charCodeAt(0) < 0x80) return;
    const inWord = /\p{L}/u.test(chars[at - 1] ?? '') && /\p{L}/u.test(chars[at + 1] ?? '');
    if (!inWord) return;
    score += /\p{L}/u.test(char) ? 1 : -1;
  });
  return score;
}

/** Guesses the encoding of a file from its first bytes. */
export function detectEncoding(head: Buffer): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', evidence: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', evidence: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', evidence: 'bom' };
  const utf16 = looksLikeUtf16(head);
  if (utf16) return { encoding: utf16, evidence: 'guess' };
  if (isValidUtf8(head)) return { encoding: 'utf-8', evidence: 'valid_utf8' };

  const windows = inWordLetterScore(head, 'windows-1252');
  const mac = inWordLetterScore(head, 'macintosh');
  if (Math.max(windows, mac) <= 0) {
    const hint = chardet.detect(head);
    if (hint && iconv.encodingExists(hint))
      return { encoding: hint.toLowerCase(), evidence: 'guess' };
  }
  return { encoding: mac > windows ? 'macintosh' : 'windows-1252', evidence: 'guess' };
}

/** Throws when the caller's encoding is unknown or plainly wrong for these bytes. */
export function checkEncodingOverride(file: string, head: Buffer, encoding: string): void {
  const requested: string = encoding;
  if (!iconv.encodingExists(encoding))
    throw unreadable(file, `"${requested}" is not an encoding we know`, { encoding: requested });
  const detected = detectEncoding(head);
  const isUtf8 = /^utf-?8$/i.test(encoding);
  if (isUtf8 && detected.encoding !== 'utf-8') {
    throw unreadable(file, `the file is not valid UTF-8; it looks like ${detected.encoding}`, {
      encoding,
      detected: detected.encoding,
    });
  }
  const sample = iconv.decode(head.subarray(0, 8192), encoding);
  const broken = [...sample].filter((char) => char === '\u0000' || char === '\ufffd').length;
  const structured = /[\r\n,;\t|]/.test(sample);
  if (broken > sample.length * 0.01 || !structured) {
    throw unreadable(
      file,
      `decoding it as ${encoding} gives garbled text; it looks like ${detected.encoding}`,
      {
        encoding,
        detected: detected.encoding,
      },
    );
  }
}

/** Bytes the decoder should drop at the start (a BOM). */
export function bomLength(head: Buffer, encoding: string): number {
  if (/^utf-?8$/i.test(encoding) && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return 3;
  if (
    /^utf-?16/i.test(encoding) &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  )
    return 2;
  return 0;
}
