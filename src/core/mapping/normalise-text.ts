/** Lower-case, strip accents and punctuation, collapse spaces: "Hispanic/Latino " → "hispanic latino". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a text after normalising it. */
export function wordsOf(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : [...new Set(normalised.split(' '))];
}
