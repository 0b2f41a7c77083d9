import { z } from 'zod';

export const healthView = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    engine: z.enum(['sqlite', 'postgres']),
    migrationsPending: z.number().int(),
  })
  .meta({ id: 'Health' });

export type HealthView = z.infer<typeof healthView>;
