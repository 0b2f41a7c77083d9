/**
 * Open answers written from templates with variation, each tagged with the themes it really
 * expresses so that qualitative coding can be checked against them.
 */
import type { Random } from './random';

export type BarrierTheme =
  'transportation' | 'childcare' | 'schedule' | 'money' | 'health' | 'housing' | 'internet';
export type HelpTheme =
  | 'instructor_support'
  | 'peers'
  | 'flexible_schedule'
  | 'financial_support'
  | 'career_coaching'
  | 'hands_on_practice'
  | 'equipment';
export type HopeTheme =
  'get_job' | 'better_pay' | 'certification' | 'confidence' | 'computer_skills' | 'career_change';

const barrierPhrases: Readonly<Record<BarrierTheme, readonly string[]>> = {
  transportation: [
    'the bus only comes once an hour and I was late a lot',
    'my car broke down in the middle of the program',
    'I had no ride to the training site',
    'getting there took two buses and over an hour each way',
  ],
  childcare: [
    'I could not find childcare for my kids',
    'my daycare closed early and classes ran late',
    'nobody could watch my son on class days',
    'childcare costs more than I make',
  ],
  schedule: [
    'the class times clashed with my work shifts',
    'my manager kept changing my schedule',
    'I work nights and the sessions were in the morning',
    'there was not enough time with everything else going on',
  ],
  money: [
    'I could not afford to miss paid hours',
    'money was really tight and I had to pick up extra work',
    'I had bills to pay and needed income right away',
  ],
  health: [
    'I got sick for a few weeks',
    'my mental health was not good during that time',
    'I had surgery and missed too many classes',
    'taking care of my mom when she was in the hospital',
  ],
  housing: [
    'I lost my apartment and was staying with friends',
    'we had to move twice during the program',
    'I was in a shelter and it was hard to focus',
  ],
  internet: [
    'I did not have internet at home for the online part',
    'my phone was the only device I had for the online modules',
    'the wifi at home kept cutting out',
  ],
};

const helpPhrases: Readonly<Record<HelpTheme, readonly string[]>> = {
  instructor_support: [
    'my instructor really believed in me',
    'the teacher explained things until I got it',
    'Ms. Rivera checked in on me every week',
    'the instructors were patient and answered every question',
  ],
  peers: [
    'the other people in my class kept me going',
    'we had a group chat and helped each other',
    'making friends in the cohort',
  ],
  flexible_schedule: [
    'being able to do some classes in the evening',
    'they let me make up sessions I missed',
    'the flexible schedule',
  ],
  financial_support: [
    'the bus pass they gave us',
    'the stipend helped me pay rent while I studied',
    'gas cards and help with fees',
  ],
  career_coaching: [
    'my career coach helped with my resume',
    'mock interviews with the job coach',
    'the coach connected me to an employer',
  ],
  hands_on_practice: [
    'the hands-on practice in the lab',
    'actually doing the work instead of just reading about it',
    'the internship part',
  ],
  equipment: [
    'they loaned me a laptop',
    'getting a laptop and a hotspot',
    'the free work boots and tools',
  ],
};

const hopePhrases: Readonly<Record<HopeTheme, readonly string[]>> = {
  get_job: ['a steady job', 'to finally get hired somewhere', 'a full-time job with benefits'],
  better_pay: [
    'better pay so I can support my family',
    'a job that pays more than minimum wage',
    'a raise',
  ],
  certification: [
    'my forklift certification',
    'a certificate employers recognize',
    'my CNA license',
  ],
  confidence: [
    'more confidence in interviews',
    'to believe in myself again',
    'to feel ready to apply for jobs',
  ],
  computer_skills: [
    'better computer skills',
    'to learn Excel and email',
    'to get comfortable with computers',
  ],
  career_change: [
    'to start a new career in healthcare',
    'to get out of fast food',
    'a career, not just a job',
  ],
};

export interface OpenAnswer {
  readonly text: string;
  readonly themes: readonly string[];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Joins phrases the way people write: sometimes tidy, sometimes lower case with no full stop. */
const compose = (random: Random, phrases: readonly string[], prefix: string): string => {
  const joined = phrases.join(random.pick([' and ', '. Also ', ', plus ', '; ']));
  const sentence = `${prefix}${joined}`;
  const style = random.int(0, 3);
  if (style === 0) return sentence.toLowerCase();
  if (style === 1) return capitalise(sentence);
  return `${capitalise(sentence)}${random.pick(['.', '.', '!', '...'])}`;
};

const write = <Theme extends string>(
  random: Random,
  themes: readonly Theme[],
  phrases: Readonly<Record<Theme, readonly string[]>>,
  prefixes: readonly string[],
): OpenAnswer => ({
  text: compose(
    random,
    themes.map((theme) => random.pick(phrases[theme])),
    random.pick(prefixes),
  ),
  themes,
});

/** An answer to "What got in the way of finishing the program?" naming the given barriers. */
export const barrierAnswer = (random: Random, themes: readonly BarrierTheme[]): OpenAnswer =>
  themes.length === 0
    ? {
        text: random.pick(['Nothing really', 'nothing', 'N/A', 'Nothing got in the way.']),
        themes: [],
      }
    : write(random, themes, barrierPhrases, ['', '', 'Honestly ', 'Mostly ']);

/** An answer to "What helped you most?" naming the given helps. */
export const helpAnswer = (random: Random, themes: readonly HelpTheme[]): OpenAnswer =>
  write(random, themes, helpPhrases, ['', '', 'Definitely ', 'I would say ']);

/** An answer to "What do you hope to get from the program?" naming the given hopes. */
export const hopeAnswer = (random: Random, themes: readonly HopeTheme[]): OpenAnswer =>
  write(random, themes, hopePhrases, ['', 'I hope to get ', 'I want ', 'Looking for ']);

export const helpThemes: readonly HelpTheme[] = Object.keys(helpPhrases) as HelpTheme[];
export const hopeThemes: readonly HopeTheme[] = Object.keys(hopePhrases) as HopeTheme[];
