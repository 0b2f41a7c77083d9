/** Shapes shared by the API, the CLI and the web client: one definition, checked on both sides. */
import { z } from 'zod';

export const slugSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes');

export const problemBody = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Problem' });

export type ProblemBody = z.infer<typeof problemBody>;
