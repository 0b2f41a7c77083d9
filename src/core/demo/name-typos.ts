/** The ways a name gets mistyped when a second partner writes it down. */
import { nicknames } from './names';
import type { Random } from './random';

const withoutAccents = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const letterEdits: readonly ((name: string, at: number) => string)[] = [
  (name, at) => name.slice(0, at) + (name[at + 1] ?? '') + (name[at] ?? '') + name.slice(at + 2),
  (name, at) => name.slice(0, at) + name.slice(at + 1),
  (name, at) => name.slice(0, at + 1) + (name[at] ?? '') + name.slice(at + 1),
];

/** A misspelt version of the name that differs from it: a nickname, a lost accent, or one swapped, dropped or doubled letter. */
export const mistypeName = (random: Random, name: string, isFirstName: boolean): string => {
  const nickname = nicknames[name];
  if (isFirstName && nickname !== undefined && random.chance(0.5)) return nickname;
  if (withoutAccents(name) !== name && random.chance(0.6)) return withoutAccents(name);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const edit = random.pick(letterEdits);
    const written = edit(name, random.int(1, Math.max(1, name.length - 2)));
    if (written !== name && written.length > 1) return written;
  }
  return `${name}${name.slice(-1)}`;
};
