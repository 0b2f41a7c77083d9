/**
 * Draws the coalition's people: names with realistic frequencies, birth dates, contact details
 * for some, and demographics in standard codes. (first name, last name, birth date) is unique,
 * so that the truth about who is who is never ambiguous.
 */
import { addDays } from './calendar';
import { lastNames, menFirstNames, neutralFirstNames, womenFirstNames } from './names';
import type { Random } from './random';
import type { Code, Person } from './types';

const genders: readonly (readonly [Code, number])[] = [
  ['woman', 52],
  ['man', 44],
  ['nonbinary', 2],
  ['self_describe', 0.5],
  ['prefer_not_to_say', 1.5],
];

const primaryRaces: readonly (readonly [Code, number])[] = [
  ['white', 37],
  ['black', 28],
  ['hispanic_latino', 22],
  ['asian', 5],
  ['american_indian_alaska_native', 2],
  ['middle_eastern_north_african', 2],
  ['native_hawaiian_pacific_islander', 1],
  ['other', 1.5],
  ['prefer_not_to_say', 1.5],
];

const incomes: readonly (readonly [Code, number])[] = [
  ['under_15k', 30],
  ['15k_to_25k', 25],
  ['25k_to_35k', 18],
  ['35k_to_50k', 12],
  ['50k_to_75k', 6],
  ['75k_plus', 3],
  ['prefer_not_to_say', 6],
];

const counties: readonly (readonly [Code, number])[] = [
  ['adams', 30],
  ['jefferson', 25],
  ['lincoln', 15],
  ['madison', 20],
  ['washington', 10],
];

/** Age at intake, by band: workforce programs skew young. */
const ageRanges: readonly (readonly [readonly [number, number], number])[] = [
  [[16, 24], 30],
  [[25, 34], 30],
  [[35, 44], 20],
  [[45, 54], 12],
  [[55, 64], 8],
];

const emailDomains = ['example.com', 'example.org', 'example.net', 'mail.example.com'];

const drawRace = (random: Random): Code[] => {
  const first = random.weighted(primaryRaces);
  if (first === 'prefer_not_to_say' || first === 'other' || !random.chance(0.07)) return [first];
  const second = random.weighted(
    primaryRaces.filter(([code]) => code !== first && code !== 'prefer_not_to_say'),
  );
  return [first, second];
};

const firstNamePool = (gender: Code) =>
  gender === 'woman' ? womenFirstNames : gender === 'man' ? menFirstNames : neutralFirstNames;

const emailLocalPart = (first: string, last: string, random: Random): string => {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const style = random.int(0, 2);
  const number = random.int(1, 99);
  if (style === 0) return `${plain(first)}.${plain(last)}${number}`;
  if (style === 1) return `${plain(first).slice(0, 1)}${plain(last)}${number}`;
  return `${plain(last)}${plain(first).slice(0, 3)}${number}`;
};

/** A fictional US number: the 555-01xx block is reserved for fiction. */
const phoneNumber = (random: Random): string =>
  `(${random.int(2, 9)}${random.int(0, 8)}${random.int(0, 9)}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`;

/** Draws `count` people enrolling evenly over `cycles` yearly cycles from `startYear`. */
export const generatePeople = (
  random: Random,
  count: number,
  startYear: number,
  cycles: number,
  usedCoalitionIds: Set<string>,
): Person[] => {
  const people: Person[] = [];
  const identities = new Set<string>();

  for (let index = 0; index < count; index += 1) {
    const cycle = Math.floor((index * cycles) / count);
    const gender = random.weighted(genders);
    const [minAge, maxAge] = random.weighted(ageRanges);
    let firstName = '';
    let lastName = '';
    let birthDate = '';
    do {
      firstName = random.weighted(firstNamePool(gender));
      lastName = random.weighted(lastNames);
      const age = random.int(minAge, maxAge);
      birthDate = addDays(`${startYear + cycle - age}-01-01`, -random.int(0, 364));
    } while (identities.has(`${firstName}|${lastName}|${birthDate}`));
    identities.add(`${firstName}|${lastName}|${birthDate}`);
    let coalitionId = '';
    do coalitionId = `WF-${random.int(1000000, 9999999)}`;
    while (usedCoalitionIds.has(coalitionId));
    usedCoalitionIds.add(coalitionId);
    const hasEmail = random.chance(0.75);
    people.push({
      id: `person-${String(index + 1).padStart(6, '0')}`,
      coalitionId,
      firstName,
      lastName,
      birthDate,
      email: hasEmail
        ? `${emailLocalPart(firstName, lastName, random)}@${random.pick(emailDomains)}`
        : null,
      phone: random.chance(0.85) ? phoneNumber(random) : null,
      gender,
      race: drawRace(random),
      householdIncome: random.weighted(incomes),
      county: random.weighted(counties),
      cycle,
    });
  }
  return people;
};
