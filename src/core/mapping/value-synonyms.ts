/**
 * Words partners use for the same category. A file value and a coalition choice mean the same
 * thing when both (by code or label, normalised) fall in one group: "African American" and a
 * choice coded `black`, "F" and `woman`. Whole-text membership only, so "NOT Hispanic or Latino"
 * never lands in the Hispanic group.
 */
import { normaliseText } from './normalise-text';

const groups: Record<string, readonly string[]> = {
  woman: [
    'f',
    'female',
    'woman',
    'women',
    'girl',
    'w',
    'femme',
    'femenino',
    'mujer',
    'weiblich',
    'cis woman',
    'cisgender woman',
  ],
  man: [
    'm',
    'male',
    'man',
    'men',
    'boy',
    'homme',
    'masculino',
    'hombre',
    'mannlich',
    'cis man',
    'cisgender man',
  ],
  non_binary: ['non binary', 'nonbinary', 'genderqueer', 'gender non conforming', 'enby'],
  black: [
    'black',
    'african american',
    'black or african american',
    'black african american',
    'african american black',
    'black african',
    'aa',
  ],
  white: ['white', 'caucasian', 'white caucasian', 'european american'],
  asian: ['asian', 'asian american'],
  hispanic_latino: [
    'hispanic',
    'latino',
    'latina',
    'latinx',
    'latine',
    'hispanic or latino',
    'hispanic latino',
    'hispanic latinx',
    'hispanic or latinx',
    'latino a',
    'hispanic latino a',
  ],
  not_hispanic_latino: [
    'not hispanic or latino',
    'not hispanic',
    'non hispanic',
    'not hispanic latino',
  ],
  american_indian: [
    'american indian',
    'alaska native',
    'american indian or alaska native',
    'american indian alaska native',
    'native american',
    'aian',
  ],
  pacific_islander: [
    'native hawaiian',
    'pacific islander',
    'native hawaiian or other pacific islander',
    'native hawaiian other pacific islander',
    'nhpi',
  ],
  multiracial: [
    'multiracial',
    'two or more races',
    'multiple races',
    'mixed',
    'mixed race',
    'biracial',
  ],
  yes: ['yes', 'y', 'true', 'si', 'oui', 'ja'],
  no: ['no', 'n', 'false', 'non', 'nein'],
  declined: [
    'prefer not to say',
    'prefer not to answer',
    'declined',
    'decline to state',
    'refused',
    'unknown',
    'not reported',
    'unknown not reported',
  ],
};

const groupOfTerm = new Map<string, string>();
for (const [group, terms] of Object.entries(groups))
  for (const term of terms) groupOfTerm.set(term, group);

/** The synonym group a text belongs to ("Hispanic or Latino" → "hispanic_latino"), if any. */
export function synonymGroup(text: string): string | undefined {
  return groupOfTerm.get(normaliseText(text));
}
