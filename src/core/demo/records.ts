/**
 * Lays the drafts out as export files: drops what the stopped partner never collected, orders
 * each file as its tool does (by submission time), numbers the rows, issues the tools' record
 * IDs and plants a fixed number of invalid values.
 */
import { createLocalIdIssuer } from './local-ids';
import { demoPartner, demoPartners } from './partners';
import type { Journey } from './pathway';
import type { Random } from './random';
import { draftRecords, journeyEvents, type DraftRecord } from './record-drafts';
import type { DemoDirt, PartnerRecord, RecordValue } from './types';

export interface StoppedCollection {
  readonly partner: string;
  readonly form: string;
  /** First day with no records, 'YYYY-MM-DD'. */
  readonly from: string;
}

interface InvalidRule {
  readonly file: string;
  readonly field: string;
  readonly count: number;
  readonly reason: string;
  readonly eligible: (draft: DraftRecord) => boolean;
  readonly value: (draft: DraftRecord) => string | number;
}

const formKey = (draft: DraftRecord): string => `${draft.partner.slug}/${draft.spec.form}`;

const invalidRules = (exportedOn: string): readonly InvalidRule[] => [
  {
    file: 'harbor-health/intake',
    field: 'age',
    count: 2,
    reason: 'age 230 is outside 14–99',
    eligible: () => true,
    value: () => 230,
  },
  {
    file: 'second-chance/placement',
    field: 'hourly_wage',
    count: 2,
    reason: 'a wage cannot be negative',
    eligible: (draft) => typeof draft.values.hourly_wage === 'number',
    value: () => -5,
  },
  {
    file: 'metro-adult-ed/intake',
    field: 'intake_date',
    count: 2,
    reason: 'February 30 does not exist',
    eligible: () => true,
    value: (draft) => `${draft.collectedOn.slice(0, 4)}-02-30`,
  },
  {
    file: 'metro-adult-ed/intake',
    field: 'birth_date',
    count: 1,
    reason: 'birth date after the export date',
    eligible: (draft) => typeof draft.values.birth_date === 'string',
    value: (draft) => `${Number(exportedOn.slice(0, 4)) + 6}${draft.person.birthDate.slice(4)}`,
  },
  {
    file: 'careerlink/placement',
    field: 'job_start_date',
    count: 1,
    reason: 'placeholder date 1900-01-01 before the program existed',
    eligible: (draft) => typeof draft.values.job_start_date === 'string',
    value: () => '1900-01-01',
  },
];

export interface LaidOutRecords {
  readonly records: PartnerRecord[];
  /** Parallel to `records`. */
  readonly drafts: DraftRecord[];
  readonly invalidValues: DemoDirt['invalidValues'][number][];
}

const byEntryOrder = (a: DraftRecord, b: DraftRecord): number =>
  a.submittedAt.localeCompare(b.submittedAt) ||
  a.person.id.localeCompare(b.person.id) ||
  Number(a.duplicateOf !== null) - Number(b.duplicateOf !== null);

/** Records every journey's events at their partners and lays them out as numbered file rows. */
export const layOutRecords = (
  random: Random,
  journeys: readonly Journey[],
  stopped: StoppedCollection,
  exportedOn: string,
): LaidOutRecords => {
  const byFile = new Map<string, DraftRecord[]>();
  for (const journey of journeys) {
    for (const { partner: slug, form, event } of journeyEvents(journey)) {
      if (slug === stopped.partner && form === stopped.form && event.collectedOn >= stopped.from)
        continue;
      const partner = demoPartner(slug);
      const spec = partner.forms.find((candidate) => candidate.form === form);
      if (spec === undefined) continue;
      const drafts = byFile.get(spec.file) ?? [];
      drafts.push(...draftRecords(random, partner, spec, journey.person, event, exportedOn));
      byFile.set(spec.file, drafts);
    }
  }
  const ordered: DraftRecord[] = [];
  for (const partner of demoPartners) {
    for (const spec of partner.forms)
      ordered.push(...(byFile.get(spec.file) ?? []).sort(byEntryOrder));
  }
  const rows = new Map<DraftRecord, number>();
  const fileCounters = new Map<string, number>();
  for (const draft of ordered) {
    const row = (fileCounters.get(draft.spec.file) ?? 0) + 1;
    fileCounters.set(draft.spec.file, row);
    rows.set(draft, row);
  }
  keepOneSpellingPerContact(ordered);
  const invalidValues = plantInvalidValues(random, ordered, rows, exportedOn);
  const records = issueIdsAndFreeze(random, ordered, rows);
  return { records, drafts: ordered, invalidValues };
};

/** A CRM holds one contact per person: its later reports repeat the name as first written, typos included. */
const keepOneSpellingPerContact = (ordered: readonly DraftRecord[]): void => {
  const firstByPerson = new Map<string, DraftRecord>();
  for (const draft of ordered) {
    if (draft.partner.tool !== 'salesforce') continue;
    const first = firstByPerson.get(draft.person.id);
    if (!first) {
      firstByPerson.set(draft.person.id, draft);
      continue;
    }
    const values = { ...draft.values };
    for (const field of ['first_name', 'last_name'])
      if (field in values) values[field] = first.values[field] ?? null;
    draft.values = values;
    draft.typos.splice(
      0,
      draft.typos.length,
      ...first.typos.filter((typo) => typo.field in values),
    );
  }
};

const plantInvalidValues = (
  random: Random,
  ordered: readonly DraftRecord[],
  rows: ReadonlyMap<DraftRecord, number>,
  exportedOn: string,
): DemoDirt['invalidValues'][number][] => {
  const duplicated = new Set(
    ordered.flatMap((draft) => (draft.duplicateOf ? [draft.duplicateOf] : [])),
  );
  const planted: DemoDirt['invalidValues'][number][] = [];
  const touched = new Set<DraftRecord>();
  for (const rule of invalidRules(exportedOn)) {
    const candidates = ordered.filter(
      (draft) =>
        formKey(draft) === rule.file &&
        draft.duplicateOf === null &&
        !duplicated.has(draft) &&
        !touched.has(draft) &&
        rule.eligible(draft),
    );
    for (
      let plantedCount = 0;
      plantedCount < rule.count && candidates.length > 0;
      plantedCount += 1
    ) {
      const [draft] = candidates.splice(random.int(0, candidates.length - 1), 1);
      if (draft === undefined) break;
      const value = rule.value(draft);
      draft.values = { ...draft.values, [rule.field]: value };
      touched.add(draft);
      planted.push({
        file: draft.spec.file,
        row: rows.get(draft) ?? 0,
        field: rule.field,
        value,
        reason: rule.reason,
      });
    }
  }
  return planted.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
};

const issueIdsAndFreeze = (
  random: Random,
  ordered: readonly DraftRecord[],
  rows: ReadonlyMap<DraftRecord, number>,
): PartnerRecord[] => {
  const issuers = new Map<string, () => string | null>();
  const salesforceContacts = new Map<string, string | null>();
  return ordered.map((draft) => {
    const { partner, spec } = draft;
    const issuerKey = partner.tool === 'salesforce' ? partner.slug : spec.file;
    const issuer =
      issuers.get(issuerKey) ??
      createLocalIdIssuer(
        random,
        partner.tool,
        partner.slug
          .split('-')
          .map((word) => word[0]?.toUpperCase())
          .join(''),
      );
    issuers.set(issuerKey, issuer);
    let localId: string | null;
    if (partner.tool === 'salesforce') {
      localId = salesforceContacts.get(draft.person.id) ?? issuer();
      salesforceContacts.set(draft.person.id, localId);
    } else {
      localId = issuer();
    }
    const values: Record<string, RecordValue> = { ...draft.values };
    return {
      partner: partner.slug,
      form: spec.form,
      file: spec.file,
      row: rows.get(draft) ?? 0,
      localId,
      personId: draft.person.id,
      coalitionId: draft.coalitionId,
      startedAt: draft.startedAt,
      submittedAt: draft.submittedAt,
      collectedOn: draft.collectedOn,
      values,
      duplicateOf: draft.duplicateOf ? (rows.get(draft.duplicateOf) ?? null) : null,
    };
  });
};
