import { z } from 'zod';
import { displayText, slugSchema } from './common';

export const coalitionInput = z.object({
  slug: slugSchema,
  name: displayText(200),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  smallCellThreshold: z.number().int().min(1).max(1000).default(10),
});
export type CoalitionInput = z.input<typeof coalitionInput>;

export const coalitionView = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    fiscalYearStartMonth: z.number().int(),
    smallCellThreshold: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Coalition' });
export type CoalitionView = z.infer<typeof coalitionView>;

export const partnerInput = z.object({
  slug: slugSchema,
  name: displayText(200),
  kind: z.enum(['backbone', 'partner']).default('partner'),
});
export type PartnerInput = z.input<typeof partnerInput>;

export const partnerView = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(['backbone', 'partner']),
    createdAt: z.string(),
  })
  .meta({ id: 'Partner' });
export type PartnerView = z.infer<typeof partnerView>;
