/**
 * Scrubs quotes before a funder sees them: emails, phone numbers and people's names become
 * `[email]`, `[phone]` and `[name]`. Names come from two places: a list the caller passes (the
 * coalition's own people) and a heuristic on wink's part-of-speech tags — a capitalised proper
 * noun after an honorific ("Ms. Rivera"), in the middle of a sentence ("met Tanya"), or in a pair
 * at a sentence's start ("Maria Lopez helped"). The heuristic errs towards scrubbing: place and
 * organisation names are often scrubbed too, which is the safe mistake; pass `keep` for words that
 * must stay (the program's own name, "Zoom").
 */
import { analyseText, type AnalysedToken } from './text-analysis';

export type ScrubKind = 'email' | 'phone' | 'name';

export interface ScrubOptions {
  /** Known people's names, full ("Maria Lopez") or single; matched case-insensitively. */
  names?: string[];
  /** Capitalised words never to scrub. */
  keep?: string[];
}

export interface ScrubbedQuote {
  text: string;
  /** What was replaced, with offsets in the original text. */
  replaced: { kind: ScrubKind; start: number; end: number }[];
}

interface Span {
  kind: ScrubKind;
  start: number;
  end: number;
}

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const phonePattern =
  /(?<![\d\w])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?!\d)/g;
const honorifics = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'coach',
  'professor',
  'prof',
  'pastor',
  'officer',
]);
const notNames = new Set([
  'i',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'god',
  'english',
  'spanish',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternSpans(text: string, pattern: RegExp, kind: ScrubKind): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({
    kind,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function listedNameSpans(text: string, names: string[]): Span[] {
  const fullNames = names.map((name) => name.trim()).filter((name) => name.length >= 2);
  const parts = fullNames.flatMap((name) => name.split(/\s+/)).filter((part) => part.length >= 2);
  const alternatives = [...new Set([...fullNames, ...parts])]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (alternatives.length === 0) return [];
  return patternSpans(
    text,
    new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu'),
    'name',
  );
}

const isHonorific = (token: AnalysedToken | undefined) =>
  token !== undefined && honorifics.has(token.normal.replace(/\.$/, ''));

function looksLikeName(token: AnalysedToken, keep: Set<string>): boolean {
  return (
    token.pos === 'PROPN' &&
    /^[A-Z][a-z'’-]+$/.test(token.text) &&
    !isHonorific(token) &&
    !notNames.has(token.normal) &&
    !keep.has(token.normal)
  );
}

function taggedNameSpans(text: string, keep: Set<string>): Span[] {
  const tokens = analyseText(text).tokens;
  const spans: Span[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const afterHonorific = isHonorific(previous) && /^[A-Z][a-z'’-]*$/.test(token.text);
    if (!afterHonorific && !looksLikeName(token, keep)) return;
    const inPairAtStart = token.sentenceStart && next !== undefined && looksLikeName(next, keep);
    if (afterHonorific || !token.sentenceStart || inPairAtStart) {
      spans.push({ kind: 'name', start: token.start, end: token.end });
    }
  });
  return spans;
}

function mergeSpans(spans: Span[], text: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) continue;
    const joinsName =
      last?.kind === 'name' &&
      span.kind === 'name' &&
      /^\s+$/.test(text.slice(last.end, span.start));
    if (last && joinsName) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/** Replaces emails, phone numbers and names in a quote with `[email]`, `[phone]`, `[name]`. */
export function scrubQuote(text: string, options: ScrubOptions = {}): ScrubbedQuote {
  const keep = new Set((options.keep ?? []).map((word) => word.toLowerCase()));
  const contact = [
    ...patternSpans(text, emailPattern, 'email'),
    ...patternSpans(text, phonePattern, 'phone'),
  ];
  const overlapsContact = (span: Span) =>
    contact.some((other) => span.start < other.end && other.start < span.end);
  const names = [
    ...listedNameSpans(text, options.names ?? []),
    ...taggedNameSpans(text, keep),
  ].filter((span) => !overlapsContact(span));
  const replaced = mergeSpans([...contact, ...names], text);
  let scrubbed = '';
  let cursor = 0;
  for (const span of replaced) {
    scrubbed += `${text.slice(cursor, span.start)}[${span.kind}]`;
    cursor = span.end;
  }
  return { text: scrubbed + text.slice(cursor), replaced };
}
