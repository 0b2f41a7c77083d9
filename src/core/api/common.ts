/** Shapes shared by the API, the CLI and the web client: one definition, checked on both sides. */
import { z } from 'zod';

export const slugSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single dashes');

// Control characters, bidirectional overrides and invisible-only text let one name pass for
// another, or show as blank in a list.
const unsafeText = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
const invisible = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

/** A name people will read: trimmed, visible, without control or direction-override characters. */
export const displayText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (text) => !unsafeText.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')),
      'contains control or text-direction characters',
    )
    .refine((text) => !invisible.test(text), 'has no visible characters');

export const problemBody = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Problem' });

export type ProblemBody = z.infer<typeof problemBody>;
