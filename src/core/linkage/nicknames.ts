/**
 * A small table of common English given-name diminutives, so "bill" and "william" can agree at
 * their own comparison level. Deliberately short: a long table invents matches between people.
 */
const groups: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'dick', 'rick', 'ricky', 'rich', 'richie'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge', 'margie'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  ['katherine', 'kate', 'katie', 'kathy', 'kath', 'kitty'],
  ['catherine', 'cathy', 'cath', 'cate'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'johnny', 'jack'],
  ['joseph', 'joe', 'joey'],
  ['michael', 'mike', 'mick', 'mickey'],
  ['thomas', 'tom', 'tommy'],
  ['anthony', 'tony'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['charles', 'charlie', 'chuck'],
  ['christopher', 'chris', 'kit'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['jennifer', 'jen', 'jenny'],
  ['rebecca', 'becky', 'becca'],
  ['alexander', 'alex', 'sandy'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['nicholas', 'nick', 'nicky'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['stephen', 'steve', 'steven'],
  ['susan', 'sue', 'suzy'],
  ['deborah', 'debbie', 'deb'],
];

const canonicalByName = new Map<string, string>(
  groups.flatMap((group) => group.map((name) => [name, group[0]!] as const)),
);

/** The formal name for a known diminutive ("bill" → "william"), or the name itself. */
export const canonicalGivenName = (name: string): string => canonicalByName.get(name) ?? name;
