/**
 * A seeded generator of FEBRL-style synthetic people (Christen's Febrl "generate.py" idea, written
 * afresh): originals drawn from Zipf-distributed vocabularies of made-up names, streets and suburbs,
 * then duplicates corrupted by typos, missing values, swapped day/month and digit errors. Ids follow
 * FEBRL: rec-N-org and rec-N-dup-K, so the truth is in the id. No real names or places.
 * Run as a script: `npx tsx bench/febrl-style-generator.ts RECORDS SEED OUT.csv`.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { randomIndex, seededRandom, type RandomSource } from '../src/core/random';
import type { RecordTable } from '../src/core/linkage/record-features';

export const febrlColumns = [
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
] as const;

type Person = Record<(typeof febrlColumns)[number], string>;

const onsets = [
  'b',
  'br',
  'c',
  'ch',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'sh',
  't',
  'th',
  'v',
  'w',
  'z',
  'st',
  'tr',
];
const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ie', 'oo', 'y'];
const codas = ['', '', 'n', 'r', 's', 'l', 'th', 'ck', 'nd', 'rt', 'm', 'x'];
const streetTypes = [
  'street',
  'road',
  'avenue',
  'place',
  'crescent',
  'circuit',
  'close',
  'drive',
  'lane',
  'parade',
];
const states = ['nsw', 'vic', 'qld', 'wa', 'sa', 'tas', 'act', 'nt'];
const stateWeights = [0.32, 0.26, 0.2, 0.1, 0.07, 0.02, 0.02, 0.01];

const word = (random: RandomSource, syllables: number): string => {
  let text = '';
  for (let index = 0; index < syllables; index++) {
    text +=
      onsets[randomIndex(random, onsets.length)]! + vowels[randomIndex(random, vowels.length)]!;
    if (index === syllables - 1 || random() < 0.3)
      text += codas[randomIndex(random, codas.length)]!;
  }
  return text;
};

const vocabulary = (size: number, make: () => string): string[] => {
  const words = new Set<string>();
  while (words.size < size) words.add(make());
  return [...words];
};

/** Samples index k with probability ∝ 1 / (k + 1): a few common values, a long tail of rare ones. */
const zipfSampler = (random: RandomSource, size: number): (() => number) => {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let index = 0; index < size; index++) cumulative[index] = total += 1 / (index + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
};

const pick = <T>(random: RandomSource, items: readonly T[]): T =>
  items[randomIndex(random, items.length)]!;

const typo = (random: RandomSource, value: string, alphabet: string): string => {
  if (value.length === 0) return value;
  const at = randomIndex(random, value.length);
  const character = alphabet[randomIndex(random, alphabet.length)]!;
  switch (randomIndex(random, 4)) {
    case 0:
      return value.slice(0, at) + character + value.slice(at + 1);
    case 1:
      return value.length > 1 ? value.slice(0, at) + value.slice(at + 1) : value;
    case 2:
      return value.slice(0, at) + character + value.slice(at);
    default:
      return at < value.length - 1
        ? value.slice(0, at) + value[at + 1]! + value[at]! + value.slice(at + 2)
        : value;
  }
};

const letters = 'abcdefghijklmnopqrstuvwxyz';
const digits = '0123456789';

const corrupt = (random: RandomSource, person: Person): Person => {
  const copy = { ...person };
  const modifications = 1 + randomIndex(random, 3);
  for (let count = 0; count < modifications; count++) {
    const field = pick(random, febrlColumns);
    const roll = random();
    if (roll < 0.1) copy[field] = '';
    else if (field === 'date_of_birth' && roll < 0.2 && copy[field].length === 8) {
      copy[field] = copy[field].slice(0, 4) + copy[field].slice(6, 8) + copy[field].slice(4, 6);
    } else if (field === 'state') copy[field] = pick(random, states);
    else copy[field] = typo(random, copy[field], /^\d+$/.test(copy[field]) ? digits : letters);
  }
  return copy;
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * `recordCount` FEBRL-style records, 60% originals and 40% duplicates (0–5 per original, as in
 * FEBRL-3), reproducible from `seed`. Returned in columns, shuffled.
 */
export const generateFebrlStyle = (recordCount: number, seed: number): RecordTable => {
  const random = seededRandom(seed);
  const givenNames = vocabulary(6000, () => word(random, 2 + randomIndex(random, 2)));
  const surnames = vocabulary(60000, () => word(random, 2 + randomIndex(random, 2)));
  const streets = vocabulary(40000, () => `${word(random, 2)} ${pick(random, streetTypes)}`);
  const places = vocabulary(8000, () => word(random, 2 + randomIndex(random, 2)));
  const suburbs = vocabulary(12000, () => word(random, 2 + randomIndex(random, 2)));
  const suburbPostcode = suburbs.map(() => pad(200 + randomIndex(random, 9700), 4));
  const suburbState = suburbs.map(() => {
    let roll = random();
    let index = 0;
    while (index < states.length - 1 && (roll -= stateWeights[index]!) > 0) index++;
    return states[index]!;
  });
  const givenName = zipfSampler(random, givenNames.length);
  const surname = zipfSampler(random, surnames.length);
  const street = zipfSampler(random, streets.length);
  const suburb = zipfSampler(random, suburbs.length);
  const originals = Math.round(recordCount * 0.6);
  const ids: string[] = [];
  const rows: Person[] = [];
  for (let entity = 0; entity < originals && rows.length < recordCount; entity++) {
    const home = suburb();
    const person: Person = {
      given_name: givenNames[givenName()]!,
      surname: surnames[surname()]!,
      street_number: String(1 + Math.floor(Math.pow(random(), 2) * 400)),
      address_1: streets[street()]!,
      address_2: random() < 0.4 ? places[randomIndex(random, places.length)]! : '',
      suburb: suburbs[home]!,
      postcode: suburbPostcode[home]!,
      state: suburbState[home]!,
      date_of_birth: `${1920 + randomIndex(random, 90)}${pad(1 + randomIndex(random, 12), 2)}${pad(1 + randomIndex(random, 28), 2)}`,
      soc_sec_id: pad(randomIndex(random, 10_000_000), 7),
    };
    ids.push(`rec-${entity}-org`);
    rows.push(person);
  }
  const duplicatesOf = new Int32Array(originals);
  for (
    let entity = 0;
    rows.length < recordCount;
    entity = (entity + 1 + randomIndex(random, 3)) % originals
  ) {
    const duplicates = 1 + randomIndex(random, 5);
    for (let copy = 0; copy < duplicates && rows.length < recordCount; copy++) {
      ids.push(`rec-${entity}-dup-${duplicatesOf[entity]!++}`);
      rows.push(corrupt(random, rows[entity]!));
    }
  }
  const order = Array.from({ length: rows.length }, (_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = randomIndex(random, index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const columns: Record<string, string[]> = {};
  for (const column of febrlColumns) columns[column] = order.map((index) => rows[index]![column]);
  return { ids: order.map((index) => ids[index]!), columns };
};

const csvLine = (values: readonly string[]): string => values.join(',');

/** Writes generated records as a CSV (no value contains a comma or a quote). */
export const writeFebrlStyleCsv = (path: string, recordCount: number, seed: number): void => {
  const table = generateFebrlStyle(recordCount, seed);
  const lines = [csvLine(['rec_id', ...febrlColumns])];
  table.ids.forEach((id, row) =>
    lines.push(csvLine([id, ...febrlColumns.map((column) => table.columns[column]![row]!)])),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [records = '1000000', seed = '42', out = 'febrl-style.csv'] = process.argv.slice(2);
  writeFebrlStyleCsv(out, Number(records), Number(seed));
}
