// Measures how to store a submission's values (issue 2) before the foundation chooses: the same
// deterministic submissions are loaded on SQLite and PostgreSQL in three layouts and the analytics
// roll-up of issue 8 is timed on each, beside DuckDB on the same data as the near-limit reference.
//   A  one row per submission, values as JSON (SQLite TEXT + json_extract, PostgreSQL jsonb + ->>),
//      typed spine columns; also re-timed with a partial covering index for the indicator condition.
//   B  value rows (EAV) beside a submissions table.
//   C  A plus, written in the same transaction, per-person indicator facts (one row per coalition,
//      indicator, partner | 0 = coalition-wide, quarter, stakeholder: deduplicated by primary key)
//      and a roll-up of distinct-people counts bumped only when a fact row is new.
// Indicator: distinct stakeholders with employed = yes. Q1 by partner × quarter; Q2 coalition-wide
// by race × quarter (multi-select, "alone or in combination"), where a person counts once however
// many partners saw them. Every result is checked against DuckDB's, row for row.
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { DuckDBInstance } from '@duckdb/node-api';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    layouts: { type: 'string', default: 'A,B,C' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'pg-db': { type: 'string', default: 'mosaic_bench_storage' },
    'work-dir': { type: 'string', default: '/tmp/mosaic-bench-storage' },
  },
});
const ROWS = Number(args.rows);
const LAYOUTS = args.layouts.split(',');
const ENGINES = args.engines.split(',');
if (!LAYOUTS.every((l) => ['A', 'B', 'C'].includes(l))) throw new Error('--layouts takes A, B, C');
if (!ENGINES.every((e) => ['sqlite', 'postgres'].includes(e))) throw new Error('--engines takes sqlite, postgres'); // prettier-ignore
const WORK_DIR = args['work-dir'];
const PG_DB = args['pg-db'];
if (!/^[a-z_][a-z0-9_]*$/.test(PG_DB))
  throw new Error(`--pg-db must be a plain identifier, got ${PG_DB}`);
const RUNS = 7;

// ---- deterministic submissions -------------------------------------------------------------
const SEED = 20261203;
const PARTNERS = 200;
const RACES = [
  'american_indian',
  'asian',
  'black',
  'hispanic',
  'pacific_islander',
  'white',
  'other',
];
const RACE_WEIGHTS = [0.02, 0.07, 0.25, 0.3, 0.01, 0.3, 0.05];
const GENDERS = ['woman', 'man', 'nonbinary', 'undisclosed'];
const AGE_BANDS = ['16-24', '25-34', '35-44', '45-54', '55+'];
const INCOME = ['<15k', '15-30k', '30-50k', '50-75k', '75k+'];
const PROGRAMS = ['ged', 'welding', 'cna', 'it_support', 'cdl', 'culinary'];
const REFERRALS = ['walk_in', 'partner', 'online', 'court', 'shelter', 'school'];
const HOUSING = ['stable', 'doubled_up', 'shelter', 'unsheltered'];
const EDUCATION = ['none', 'hs', 'some_college', 'associate', 'bachelor'];
const WORDS =
  'need help with rent childcare bus pass shift schedule training class teacher job interview resume wants better pay career nursing welding license truck math reading english family support transport late early weekend evening mentor coach'.split(
    ' ',
  );
/** Value fields (the spine — stakeholder, partner, form, collected_at — are columns). */
const FIELD_KEYS = [
  'race', 'gender', 'age_band', 'employed', 'wage', 'hours_per_week', 'confidence', 'income_band',
  'household_size', 'zip', 'program', 'referral_source', 'housing_status', 'education_level',
  'notes', 'goal', 'barriers',
] as const; // prettier-ignore
const FIELD_ID = new Map<string, number>(FIELD_KEYS.map((key, i) => [key, i + 1]));
const START_MS = Date.UTC(2023, 0, 1);
const SPAN_S = (Date.UTC(2026, 0, 1) - START_MS) / 1000;

type Value = string | number | string[];
interface Submission {
  id: number;
  partnerId: number;
  formId: number;
  stakeholderId: number;
  collectedAt: string;
  monthKey: number;
  quarterKey: number;
  values: Record<string, Value>;
  raceMask: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function weighted(random: () => number, weights: readonly number[]): number {
  let r = random();
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function words(random: () => number, min: number, max: number): string {
  const n = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: n }, () => pick(random, WORDS)).join(' ');
}

/** People are fixed (home partner, a second partner for handoffs, demographics); ~4 submissions each. */
function makePeople(count: number) {
  const random = mulberry32(SEED ^ 0x5eed);
  const home = new Uint16Array(count), second = new Uint16Array(count), race = new Uint8Array(count); // prettier-ignore
  const gender = new Uint8Array(count), age = new Uint8Array(count); // prettier-ignore
  for (let p = 0; p < count; p++) {
    home[p] = 1 + Math.floor(random() * PARTNERS);
    second[p] = 1 + Math.floor(random() * PARTNERS);
    race[p] = 1 << weighted(random, RACE_WEIGHTS);
    if (random() < 0.15) race[p]! |= 1 << weighted(random, RACE_WEIGHTS);
    gender[p] = weighted(random, [0.5, 0.45, 0.02, 0.03]);
    age[p] = Math.floor(random() * AGE_BANDS.length);
  }
  return { count, home, second, race, gender, age };
}
type People = ReturnType<typeof makePeople>;

function* submissionBatches(people: People, rows: number, size: number): Generator<Submission[]> {
  const random = mulberry32(SEED);
  for (let start = 0; start < rows; start += size) {
    const batch: Submission[] = [];
    for (let id = start + 1; id <= Math.min(rows, start + size); id++) {
      const p = Math.floor(random() * people.count);
      const partnerId = random() < 0.8 ? people.home[p]! : people.second[p]!;
      const when = new Date(START_MS + Math.floor(random() * SPAN_S) * 1000);
      const month = when.getUTCMonth();
      const raceMask = people.race[p]!;
      const values: Record<string, Value> = {
        race: RACES.filter((_, i) => raceMask & (1 << i)),
        gender: GENDERS[people.gender[p]!]!,
        age_band: AGE_BANDS[people.age[p]!]!,
      };
      if (random() < 0.7) {
        values.employed = random() < 0.55 ? 'yes' : 'no';
        if (values.employed === 'yes') {
          values.wage = Math.round((12 + random() * 33) * 100) / 100;
          values.hours_per_week = 10 + Math.floor(random() * 35);
        }
      }
      values.confidence = 1 + Math.floor(random() * 5);
      values.income_band = pick(random, INCOME);
      values.household_size = 1 + Math.floor(random() * 7);
      values.zip = String(90000 + Math.floor(random() * 900));
      values.program = pick(random, PROGRAMS);
      values.referral_source = pick(random, REFERRALS);
      values.housing_status = pick(random, HOUSING);
      values.education_level = pick(random, EDUCATION);
      values.notes = words(random, 6, 14);
      values.goal = words(random, 4, 8);
      values.barriers = words(random, 2, 6);
      batch.push({
        id,
        partnerId,
        formId: 1 + Math.floor(random() * 4),
        stakeholderId: p + 1,
        collectedAt: when.toISOString(),
        monthKey: when.getUTCFullYear() * 100 + month + 1,
        quarterKey: when.getUTCFullYear() * 10 + Math.floor(month / 3) + 1,
        values,
        raceMask,
      });
    }
    yield batch;
  }
}

/** The value rows of one submission: one per field, one per selected choice of a multi-select. */
function valueRows(s: Submission): [number, string | null, number | null][] {
  const out: [number, string | null, number | null][] = [];
  for (const [key, value] of Object.entries(s.values)) {
    const fieldId = FIELD_ID.get(key)!;
    if (Array.isArray(value)) for (const code of value) out.push([fieldId, code, null]);
    else if (typeof value === 'number') out.push([fieldId, null, value]);
    else out.push([fieldId, value, null]);
  }
  return out;
}

// ---- layout C: write-time indicator facts and roll-up ----------------------------------------
interface Fact {
  partnerId: number; // 0 = coalition-wide
  periodKey: number;
  stakeholderId: number;
  raceMask: number;
  gender: string;
  ageBand: string;
}

/** Facts of the one indicator measured here: distinct people with employed = yes per quarter. */
function factsOf(s: Submission): Fact[] {
  if (s.values.employed !== 'yes') return [];
  const base = {
    periodKey: s.quarterKey,
    stakeholderId: s.stakeholderId,
    raceMask: s.raceMask,
    gender: String(s.values.gender),
    ageBand: String(s.values.age_band),
  };
  return [
    { ...base, partnerId: s.partnerId },
    { ...base, partnerId: 0 },
  ];
}

/** A new fact adds one person to its cell in every allowed disaggregation. */
function bump(cells: Map<string, number>, f: Fact): void {
  const keys = [`all|`, `gender|${f.gender}`, `age_band|${f.ageBand}`];
  RACES.forEach((code, i) => f.raceMask & (1 << i) && keys.push(`race|${code}`));
  for (const k of keys) {
    const key = `${f.partnerId}|${f.periodKey}|${k}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
}

function splitCell(key: string): [number, number, string, string] {
  const [partner, period, dim, code] = key.split('|');
  return [Number(partner), Number(period), dim!, code!];
}

// ---- SQL: only layout A needs engine-specific text (JSON access) -----------------------------
type Engine = 'sqlite' | 'postgres';
const SPINE = (e: Engine) =>
  `id ${e === 'sqlite' ? 'INTEGER' : 'BIGINT'} PRIMARY KEY, coalition_id INTEGER NOT NULL, partner_id INTEGER NOT NULL,
   form_id INTEGER NOT NULL, stakeholder_id INTEGER NOT NULL, collected_at ${e === 'sqlite' ? 'TEXT' : 'TIMESTAMPTZ'} NOT NULL,
   month_key INTEGER NOT NULL, quarter_key INTEGER NOT NULL, schema_version INTEGER NOT NULL`;
const JSON_TYPE = (e: Engine) => (e === 'sqlite' ? 'TEXT' : 'JSONB');
const NO_ROWID = (e: Engine) => (e === 'sqlite' ? ' WITHOUT ROWID' : '');
const SPINE_INDEXES = (t: string) => [
  `CREATE INDEX ${t}_partner_quarter ON ${t} (coalition_id, partner_id, quarter_key)`,
  `CREATE INDEX ${t}_stakeholder ON ${t} (coalition_id, stakeholder_id)`,
];
const EMPLOYED_YES = (e: Engine) =>
  e === 'sqlite'
    ? `json_extract(field_values, '$.employed') = 'yes'`
    : `field_values->>'employed' = 'yes'`;
const RACE_ELEMENTS = (e: Engine) =>
  e === 'sqlite'
    ? `json_each(s.field_values, '$.race') r`
    : `jsonb_array_elements_text(s.field_values->'race') r(value)`;

const jsonQueries = (e: Engine, t: string) => ({
  q1: `SELECT partner_id, quarter_key, COUNT(DISTINCT stakeholder_id) AS people FROM ${t}
       WHERE coalition_id = 1 AND ${EMPLOYED_YES(e)} GROUP BY partner_id, quarter_key`,
  q2: `SELECT s.quarter_key, r.value AS race, COUNT(DISTINCT s.stakeholder_id) AS people
       FROM ${t} s CROSS JOIN ${RACE_ELEMENTS(e)}
       WHERE s.coalition_id = 1 AND ${EMPLOYED_YES(e).replace('field_values', 's.field_values')}
       GROUP BY s.quarter_key, r.value`,
});
const F = (key: string) => FIELD_ID.get(key)!;
const eavQueries = {
  q1: `SELECT s.partner_id, s.quarter_key, COUNT(DISTINCT s.stakeholder_id) AS people
       FROM b_value e JOIN b_submission s ON s.id = e.submission_id
       WHERE s.coalition_id = 1 AND e.field_id = ${F('employed')} AND e.value_text = 'yes'
       GROUP BY s.partner_id, s.quarter_key`,
  q2: `SELECT s.quarter_key, r.value_text AS race, COUNT(DISTINCT s.stakeholder_id) AS people
       FROM b_value e JOIN b_submission s ON s.id = e.submission_id
       JOIN b_value r ON r.submission_id = e.submission_id AND r.field_id = ${F('race')}
       WHERE s.coalition_id = 1 AND e.field_id = ${F('employed')} AND e.value_text = 'yes'
       GROUP BY s.quarter_key, r.value_text`,
};
const factQueries = {
  q1: `SELECT partner_id, period_key AS quarter_key, COUNT(*) AS people FROM c_fact
       WHERE coalition_id = 1 AND indicator_id = 1 AND partner_id <> 0 GROUP BY partner_id, period_key`,
  q2: `SELECT f.period_key AS quarter_key, r.code AS race, COUNT(*) AS people
       FROM c_fact f JOIN c_race r ON (f.race_mask & r.bit) <> 0
       WHERE f.coalition_id = 1 AND f.indicator_id = 1 AND f.partner_id = 0 GROUP BY f.period_key, r.code`,
};
const rollupQueries = {
  q1: `SELECT partner_id, period_key AS quarter_key, people FROM c_rollup WHERE coalition_id = 1
       AND indicator_id = 1 AND dim = 'all' AND code = '' AND partner_id <> 0`,
  q2: `SELECT period_key AS quarter_key, code AS race, people FROM c_rollup WHERE coalition_id = 1
       AND indicator_id = 1 AND dim = 'race' AND partner_id = 0`,
};

function ddl(e: Engine, layout: string): string[] {
  if (layout === 'A')
    return [`CREATE TABLE a_submission (${SPINE(e)}, field_values ${JSON_TYPE(e)} NOT NULL)`];
  if (layout === 'B')
    return [
      `CREATE TABLE b_submission (${SPINE(e)})`,
      `CREATE TABLE b_value (submission_id BIGINT NOT NULL, field_id INTEGER NOT NULL, value_text TEXT, value_num DOUBLE PRECISION)`,
    ];
  return [
    `CREATE TABLE c_submission (${SPINE(e)}, field_values ${JSON_TYPE(e)} NOT NULL)`,
    `CREATE TABLE c_fact (coalition_id INTEGER NOT NULL, indicator_id INTEGER NOT NULL, partner_id INTEGER NOT NULL,
       period_key INTEGER NOT NULL, stakeholder_id INTEGER NOT NULL, race_mask INTEGER NOT NULL, gender TEXT NOT NULL,
       age_band TEXT NOT NULL, PRIMARY KEY (coalition_id, indicator_id, partner_id, period_key, stakeholder_id))${NO_ROWID(e)}`,
    `CREATE TABLE c_rollup (coalition_id INTEGER NOT NULL, indicator_id INTEGER NOT NULL, dim TEXT NOT NULL,
       code TEXT NOT NULL, partner_id INTEGER NOT NULL, period_key INTEGER NOT NULL, people INTEGER NOT NULL,
       PRIMARY KEY (coalition_id, indicator_id, dim, code, partner_id, period_key))${NO_ROWID(e)}`,
    `CREATE TABLE c_race (bit INTEGER PRIMARY KEY, code TEXT NOT NULL)`,
    `INSERT INTO c_race (bit, code) VALUES ${RACES.map((c, i) => `(${1 << i}, '${c}')`).join(', ')}`,
  ];
}

function postLoadIndexes(layout: string): string[] {
  if (layout === 'A') return SPINE_INDEXES('a_submission');
  if (layout === 'C') return SPINE_INDEXES('c_submission');
  return [
    ...SPINE_INDEXES('b_submission'),
    `CREATE INDEX b_value_submission ON b_value (submission_id, field_id)`,
    `CREATE INDEX b_value_field ON b_value (field_id, value_text, submission_id)`,
  ];
}

/** The indicator condition as a partial covering index: the cheapest thing to add to layout A. */
const partialIndex = (e: Engine) =>
  `CREATE INDEX a_employed_yes ON a_submission (coalition_id, partner_id, quarter_key, stakeholder_id) WHERE ${EMPLOYED_YES(e)}`;

const ROLLUP_UPSERT_TAIL = `ON CONFLICT (coalition_id, indicator_id, dim, code, partner_id, period_key)
  DO UPDATE SET people = c_rollup.people + excluded.people`;

// ---- engines ---------------------------------------------------------------------------------
type Row = Record<string, unknown>;
interface Store {
  exec(sql: string): Promise<void>;
  all(sql: string): Promise<Row[]>;
  load(layout: string, batch: Submission[]): Promise<void>;
  bytes(layout: string): Promise<{ total: number; analytic: number }>;
  close(): Promise<void>;
}

function sqliteStore(layout: string): Store {
  const file = `${WORK_DIR}/${layout}.sqlite`;
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -262144');
  db.pragma('mmap_size = 1073741824');
  for (const sql of ddl('sqlite', layout)) db.exec(sql);
  const spineCols =
    'id, coalition_id, partner_id, form_id, stakeholder_id, collected_at, month_key, quarter_key, schema_version';
  const insertJson = layout === 'B' ? null : db.prepare(`INSERT INTO ${layout.toLowerCase()}_submission (${spineCols}, field_values) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 1, ?)`); // prettier-ignore
  const insertSpine = layout === 'B' ? db.prepare(`INSERT INTO b_submission (${spineCols}) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 1)`) : null; // prettier-ignore
  const insertValue = layout === 'B' ? db.prepare(`INSERT INTO b_value VALUES (?, ?, ?, ?)`) : null;
  const insertFact = layout === 'C' ? db.prepare(`INSERT INTO c_fact VALUES (1, 1, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`) : null; // prettier-ignore
  const upsertCell = layout === 'C' ? db.prepare(`INSERT INTO c_rollup VALUES (1, 1, ?, ?, ?, ?, ?) ${ROLLUP_UPSERT_TAIL}`) : null; // prettier-ignore
  const loadBatch = db.transaction((batch: Submission[]) => {
    const cells = new Map<string, number>();
    for (const s of batch) {
      const spine = [
        s.id,
        s.partnerId,
        s.formId,
        s.stakeholderId,
        s.collectedAt,
        s.monthKey,
        s.quarterKey,
      ] as const;
      if (insertJson) insertJson.run(...spine, JSON.stringify(s.values));
      if (insertSpine && insertValue) {
        insertSpine.run(...spine);
        for (const [fieldId, text, num] of valueRows(s)) insertValue.run(s.id, fieldId, text, num);
      }
      for (const f of insertFact ? factsOf(s) : []) {
        const added = insertFact!.run(
          f.partnerId,
          f.periodKey,
          f.stakeholderId,
          f.raceMask,
          f.gender,
          f.ageBand,
        );
        if (added.changes === 1) bump(cells, f);
      }
    }
    for (const [key, people] of cells) {
      const [partner, period, dim, code] = splitCell(key);
      upsertCell!.run(dim, code, partner, period, people);
    }
  });
  return {
    exec: (sql) => Promise.resolve(void db.exec(sql)),
    all: (sql) => Promise.resolve(db.prepare(sql).all() as Row[]),
    load: (_layout, batch) => Promise.resolve(loadBatch(batch)),
    bytes: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const analytic = db.prepare(`SELECT COALESCE(SUM(pgsize), 0) AS b FROM dbstat WHERE name IN ('c_fact', 'c_rollup', 'c_race')`).get() as { b: number }; // prettier-ignore
      return Promise.resolve({ total: statSync(file).size, analytic: analytic.b });
    },
    close: () => {
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      return Promise.resolve();
    },
  };
}

async function postgresStore(url: string, layout: string): Promise<Store> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`SET work_mem = '64MB'`);
  for (const sql of ddl('postgres', layout)) await client.query(sql);
  const spine = (b: Submission[]) => [
    b.map((s) => s.id), b.map((s) => s.partnerId), b.map((s) => s.formId), b.map((s) => s.stakeholderId),
    b.map((s) => s.collectedAt), b.map((s) => s.monthKey), b.map((s) => s.quarterKey),
  ]; // prettier-ignore
  const spineSelect = `SELECT id, 1, partner_id, form_id, stakeholder_id, collected_at::timestamptz, month_key, quarter_key, 1`;
  const spineUnnest = `$1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[], $6::int[], $7::int[]`;
  const spineNames = `id, partner_id, form_id, stakeholder_id, collected_at, month_key, quarter_key`;
  return {
    exec: async (sql) => void (await client.query(sql)),
    all: async (sql) => (await client.query(sql)).rows as Row[],
    load: async (layout, b) => {
      await client.query('BEGIN');
      if (layout === 'B') {
        await client.query(`INSERT INTO b_submission ${spineSelect} FROM unnest(${spineUnnest}) AS t(${spineNames})`, spine(b)); // prettier-ignore
        const rows = b.flatMap((s) => valueRows(s).map((v) => [s.id, ...v] as const));
        await client.query(`INSERT INTO b_value SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::float8[])`, [
          rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]),
        ]); // prettier-ignore
      } else {
        const sql = `INSERT INTO ${layout.toLowerCase()}_submission ${spineSelect}, field_values
          FROM unnest(${spineUnnest}, $8::jsonb[]) AS t(${spineNames}, field_values)`;
        await client.query(sql, [...spine(b), b.map((s) => JSON.stringify(s.values))]);
      }
      if (layout === 'C') {
        const facts = b.flatMap(factsOf);
        const added = await client.query<{ p: number; q: number; s: number; r: number; g: string; a: string }>(
          `INSERT INTO c_fact SELECT 1, 1, * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[])
           ON CONFLICT DO NOTHING RETURNING partner_id AS p, period_key AS q, stakeholder_id AS s, race_mask AS r, gender AS g, age_band AS a`,
          [facts.map((f) => f.partnerId), facts.map((f) => f.periodKey), facts.map((f) => f.stakeholderId),
           facts.map((f) => f.raceMask), facts.map((f) => f.gender), facts.map((f) => f.ageBand)],
        ); // prettier-ignore
        const cells = new Map<string, number>();
        for (const f of added.rows) bump(cells, { partnerId: f.p, periodKey: f.q, stakeholderId: f.s, raceMask: f.r, gender: f.g, ageBand: f.a }); // prettier-ignore
        const split = [...cells].map(([key, people]) => [...splitCell(key), people] as const);
        await client.query(
          `INSERT INTO c_rollup SELECT 1, 1, dim, code, partner_id, period_key, people
           FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[]) AS t(partner_id, period_key, dim, code, people)
           ${ROLLUP_UPSERT_TAIL}`,
          [split.map((c) => c[0]), split.map((c) => c[1]), split.map((c) => c[2]), split.map((c) => c[3]), split.map((c) => c[4])],
        ); // prettier-ignore
      }
      await client.query('COMMIT');
    },
    bytes: async (layout) => {
      const tables = { A: ['a_submission'], B: ['b_submission', 'b_value'], C: ['c_submission', 'c_fact', 'c_rollup', 'c_race'] }[layout] ?? []; // prettier-ignore
      const sum = async (names: string[]) =>
        Number((await client.query<{ b: string }>(`SELECT SUM(pg_total_relation_size(t))::bigint AS b FROM unnest($1::regclass[]) t`, [names])).rows[0]?.b); // prettier-ignore
      return {
        total: await sum(tables),
        analytic: layout === 'C' ? await sum(tables.slice(1)) : 0,
      };
    },
    close: () => client.end(),
  };
}

// ---- measuring -------------------------------------------------------------------------------
/** Normalised result: sorted "key|key|count" lines, so engines and layouts can be compared exactly. */
function fingerprint(rows: Row[]): string {
  return rows
    .map((r) =>
      Object.values(r)
        .map((v) => (typeof v === 'bigint' ? Number(v) : v))
        .join('|'),
    )
    .sort()
    .join('\n');
}

async function median(run: () => Promise<Row[]>): Promise<{ ms: number; result: string }> {
  const result = fingerprint(await run());
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, result };
}

interface Line {
  engine: string;
  layout: string;
  loadS: number | null;
  mb: number | null;
  q1: { ms: number; result: string };
  q2: { ms: number; result: string };
}

async function measureLayout(
  e: Engine,
  layout: string,
  people: People,
  pgUrl: string,
): Promise<Line[]> {
  const store = e === 'sqlite' ? sqliteStore(layout) : await postgresStore(pgUrl, layout);
  try {
    const t0 = performance.now();
    for (const batch of submissionBatches(people, ROWS, 5000)) await store.load(layout, batch);
    for (const sql of postLoadIndexes(layout)) await store.exec(sql);
    await store.exec(e === 'sqlite' ? 'ANALYZE' : 'VACUUM ANALYZE');
    const loadS = (performance.now() - t0) / 1000;
    const size = await store.bytes(layout);
    const mb = size.total / 2 ** 20;
    const lines: Line[] = [];
    const timed = async (
      name: string,
      q: { q1: string; q2: string },
      l: number | null,
      m: number | null,
    ) => {
      lines.push({ engine: e, layout: name, loadS: l, mb: m, q1: await median(() => store.all(q.q1)), q2: await median(() => store.all(q.q2)) }); // prettier-ignore
      console.error(
        `  ${e} ${name}: q1 ${lines.at(-1)!.q1.ms.toFixed(1)} ms, q2 ${lines.at(-1)!.q2.ms.toFixed(1)} ms`,
      );
    };
    console.error(`  ${e} ${layout}: loaded in ${loadS.toFixed(1)} s, ${mb.toFixed(0)} MB`);
    if (layout === 'A') {
      await timed('A json', jsonQueries(e, 'a_submission'), loadS, mb);
      const t1 = performance.now();
      await store.exec(partialIndex(e));
      await store.exec(e === 'sqlite' ? 'ANALYZE' : 'VACUUM ANALYZE a_submission');
      const indexS = (performance.now() - t1) / 1000;
      const withIndex = (await store.bytes(layout)).total / 2 ** 20;
      await timed(
        'A json + partial index',
        jsonQueries(e, 'a_submission'),
        loadS + indexS,
        withIndex,
      );
    } else if (layout === 'B') {
      await timed('B value rows', eavQueries, loadS, mb);
    } else {
      const part = `of which facts+roll-up ${(size.analytic / 2 ** 20).toFixed(0)} MB`;
      console.error(`  ${e} C: ${part}`);
      await timed('C facts (per person)', factQueries, loadS, mb);
      await timed('C roll-up (counts)', rollupQueries, null, size.analytic / 2 ** 20);
    }
    if (e === 'postgres') for (const t of ['submission', 'value', 'fact', 'rollup', 'race']) await store.exec(`DROP TABLE IF EXISTS ${layout.toLowerCase()}_${t}`); // prettier-ignore
    return lines;
  } finally {
    await store.close();
  }
}

async function measureDuckDb(people: People): Promise<Line> {
  const csv = `${WORK_DIR}/submissions.csv`;
  const fd = openSync(csv, 'w');
  writeSync(fd, 'id,coalition_id,partner_id,stakeholder_id,quarter_key,employed,race\n');
  for (const batch of submissionBatches(people, ROWS, 5000)) {
    const text = batch.map((s) => `${s.id},1,${s.partnerId},${s.stakeholderId},${s.quarterKey},${String(s.values.employed ?? '')},${(s.values.race as string[]).join('|')}\n`); // prettier-ignore
    writeSync(fd, text.join(''));
  }
  closeSync(fd);
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const db = await instance.connect();
  const t0 = performance.now();
  await db.run(`CREATE TABLE s AS SELECT * EXCLUDE (race), string_split(race, '|') AS race FROM read_csv('${csv}', header = true,
    columns = {'id': 'BIGINT', 'coalition_id': 'INTEGER', 'partner_id': 'INTEGER', 'stakeholder_id': 'INTEGER',
               'quarter_key': 'INTEGER', 'employed': 'VARCHAR', 'race': 'VARCHAR'})`);
  const loadS = (performance.now() - t0) / 1000;
  rmSync(csv);
  const all = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjects() as Row[];
  const q1 = await median(() => all(`SELECT partner_id, quarter_key, COUNT(DISTINCT stakeholder_id) AS people FROM s WHERE coalition_id = 1 AND employed = 'yes' GROUP BY ALL`)); // prettier-ignore
  const q2 = await median(() => all(`SELECT quarter_key, race, COUNT(DISTINCT stakeholder_id) AS people FROM (SELECT quarter_key, stakeholder_id, unnest(race) AS race FROM s WHERE coalition_id = 1 AND employed = 'yes') GROUP BY ALL`)); // prettier-ignore
  const [totals] = await all(`SELECT (SELECT SUM(n) FROM (SELECT COUNT(DISTINCT stakeholder_id) AS n FROM s WHERE employed = 'yes' GROUP BY quarter_key)) AS coalition, (SELECT SUM(n) FROM (SELECT COUNT(DISTINCT stakeholder_id) AS n FROM s WHERE employed = 'yes' GROUP BY partner_id, quarter_key)) AS partners`); // prettier-ignore
  console.error(`  duckdb: distinct people per quarter summed over quarters: coalition-wide ${String(totals?.coalition)}, sum of partner cells ${String(totals?.partners)}`); // prettier-ignore
  db.closeSync();
  instance.closeSync();
  return { engine: 'duckdb', layout: 'typed columns (in memory)', loadS, mb: null, q1, q2 };
}

async function main(): Promise<void> {
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  const people = makePeople(Math.max(1, Math.round(ROWS / 4)));
  console.error(`storage-layout bench: ${ROWS} submissions, ${people.count} people, ${PARTNERS} partners, ${new Date().toISOString()}`); // prettier-ignore
  const lines: Line[] = [await measureDuckDb(people)];
  console.error(
    `  duckdb: q1 ${lines[0]!.q1.ms.toFixed(1)} ms, q2 ${lines[0]!.q2.ms.toFixed(1)} ms`,
  );
  const admin = new pg.Client({ connectionString: args['pg-url'] });
  const pgUrl = new URL(args['pg-url']);
  pgUrl.pathname = `/${PG_DB}`;
  if (ENGINES.includes('postgres')) {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DB}`);
    await admin.query(`CREATE DATABASE ${PG_DB}`);
  }
  try {
    for (const e of ENGINES as Engine[])
      for (const layout of LAYOUTS)
        lines.push(...(await measureLayout(e, layout, people, pgUrl.toString())));
  } finally {
    if (ENGINES.includes('postgres')) {
      await admin.query(`DROP DATABASE IF EXISTS ${PG_DB}`);
      await admin.end();
    }
    rmSync(WORK_DIR, { recursive: true, force: true });
  }
  const duck = lines[0]!;
  const cell = (v: number | null, digits: number) => (v === null ? '—' : v.toFixed(digits));
  console.log(`\n${ROWS.toLocaleString('en-US')} submissions · median of ${RUNS} warm runs · 2 shared cores (noisy: compare ratios within this run)`); // prettier-ignore
  console.log('| engine | layout | load s | size MB | Q1 partner×quarter ms | ×DuckDB | Q2 race×quarter ms | ×DuckDB | same result as DuckDB |'); // prettier-ignore
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const l of lines) {
    const same = l.q1.result === duck.q1.result && l.q2.result === duck.q2.result ? 'yes' : 'NO';
    console.log(`| ${l.engine} | ${l.layout} | ${cell(l.loadS, 1)} | ${cell(l.mb, 0)} | ${l.q1.ms.toFixed(1)} | ${(l.q1.ms / duck.q1.ms).toPrecision(2)} | ${l.q2.ms.toFixed(1)} | ${(l.q2.ms / duck.q2.ms).toPrecision(2)} | ${same} |`); // prettier-ignore
  }
  const rows1 = duck.q1.result.split('\n').length, rows2 = duck.q2.result.split('\n').length; // prettier-ignore
  console.log(`\nQ1 returns ${rows1} cells, Q2 ${rows2}; peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`); // prettier-ignore
}

await main();
