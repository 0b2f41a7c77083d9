import { z } from 'zod';
import { displayText, slugSchema } from './common';

export const identifierKinds = ['partner_local', 'email', 'phone', 'salesforce_contact'] as const;

export const stakeholderInput = z.object({
  /** The partner collecting: partner roles may only use their own. */
  partner: slugSchema,
  identifiers: z
    .array(z.object({ kind: z.enum(identifierKinds), value: z.string().trim().min(1).max(200) }))
    .max(20)
    .default([]),
  personal: z
    .object({
      givenName: displayText(100).optional(),
      familyName: displayText(100).optional(),
      birthDate: z.iso.date().optional(),
    })
    .optional(),
  /** Demographic attributes for disaggregation, by field key. */
  attributes: z
    .record(
      z.string().max(64),
      z.union([z.string().max(200), z.array(z.string().max(200)).max(30), z.number()]),
    )
    .default({}),
});
export type StakeholderInput = z.input<typeof stakeholderInput>;

export const registrationView = z
  .object({ uniqueId: z.string(), created: z.boolean(), linkedBy: z.string().nullable() })
  .meta({ id: 'Registration' });
export type RegistrationView = z.infer<typeof registrationView>;

export const stakeholderView = z
  .object({
    uniqueId: z.string(),
    createdAt: z.string(),
    mergedInto: z.string().nullable(),
    attributes: z.record(z.string(), z.unknown()),
    identifiers: z.array(
      z.object({ kind: z.string(), partner: z.string().nullable(), value: z.string() }),
    ),
    personal: z
      .object({
        givenName: z.string().nullable(),
        familyName: z.string().nullable(),
        birthDate: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Stakeholder' });
export type StakeholderView = z.infer<typeof stakeholderView>;

export const mergeInput = z.object({ survivor: z.string(), merged: z.string() });
export const mergeView = z
  .object({
    id: z.string(),
    survivor: z.string(),
    merged: z.string(),
    mergedAt: z.string(),
    undoneAt: z.string().nullable(),
  })
  .meta({ id: 'Merge' });
export type MergeView = z.infer<typeof mergeView>;
