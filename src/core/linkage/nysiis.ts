/**
 * NYSIIS phonetic code (New York State Identification and Intelligence System, Taft 1970), the
 * untruncated variant: names that sound alike ("catherine", "katherine") get the same code, so a
 * comparison level can credit spelling variants that Jaro-Winkler scores low.
 */
const isVowel = (character: string | undefined): boolean =>
  character === 'A' ||
  character === 'E' ||
  character === 'I' ||
  character === 'O' ||
  character === 'U';

const rewritePrefix = (name: string): string => {
  if (name.startsWith('MAC')) return `MCC${name.slice(3)}`;
  if (name.startsWith('KN')) return name.slice(1);
  if (name.startsWith('K')) return `C${name.slice(1)}`;
  if (name.startsWith('PH') || name.startsWith('PF')) return `FF${name.slice(2)}`;
  if (name.startsWith('SCH')) return `SSS${name.slice(3)}`;
  return name;
};

const rewriteSuffix = (name: string): string => {
  const ending = name.slice(-2);
  if (ending === 'EE' || ending === 'IE') return `${name.slice(0, -2)}Y`;
  if (ending === 'DT' || ending === 'RT' || ending === 'RD' || ending === 'NT' || ending === 'ND')
    return `${name.slice(0, -2)}D`;
  return name;
};

/** NYSIIS code of a name; letters other than A–Z are dropped first. Example: nysiis('Katherine') === 'CATARAN'. */
export const nysiis = (input: string): string => {
  const letters = input.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length === 0) return '';
  const name = rewriteSuffix(rewritePrefix(letters));
  let key = name[0]!;
  for (let i = 1; i < name.length; i++) {
    const character = name[i]!;
    const next = name[i + 1];
    const previous = name[i - 1]!;
    let translated: string = character;
    if (character === 'E' && next === 'V') {
      translated = 'AF';
      i++;
    } else if (isVowel(character)) translated = 'A';
    else if (character === 'Q') translated = 'G';
    else if (character === 'Z') translated = 'S';
    else if (character === 'M') translated = 'N';
    else if (character === 'K') translated = next === 'N' ? 'N' : 'C';
    else if (character === 'S' && next === 'C' && name[i + 2] === 'H') {
      translated = 'SS';
      i += 2;
    } else if (character === 'P' && next === 'H') {
      translated = 'F';
      i++;
    } else if (character === 'H' && (!isVowel(previous) || !isVowel(next)))
      translated = isVowel(previous) ? 'A' : previous;
    else if (character === 'W' && isVowel(previous)) translated = previous;
    if (translated[translated.length - 1] !== key[key.length - 1]) key += translated;
  }
  if (key.length > 1 && key.endsWith('S')) key = key.slice(0, -1);
  if (key.endsWith('AY')) key = `${key.slice(0, -2)}Y`;
  if (key.length > 1 && key.endsWith('A')) key = key.slice(0, -1);
  return key;
};
