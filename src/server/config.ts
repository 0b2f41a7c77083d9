/** Configuration, read and validated once at start-up; a bad value stops the program with one sentence. */
import { z } from 'zod';
import { Problem } from '../core/problem';

export const defaultDatabase = './data/mosaic.db';

const configSchema = z.object({
  database: z.string().min(1, 'the database location is empty'),
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where the built web app lives; the server serves it when present. */
  webRoot: z.string().default('dist/web'),
  /** Largest request body, in bytes (uploads have their own limit). */
  bodyLimit: z.coerce.number().int().positive().default(1_048_576),
  logRequests: z.boolean().default(false),
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers for the client address and https. */
  trustProxy: z.boolean().default(false),
});

export type Config = z.infer<typeof configSchema>;

export function readConfig(
  input: Partial<Record<keyof Config, unknown>>,
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const merged = {
    database: input.database ?? env.MOSAIC_DB ?? defaultDatabase,
    host: input.host ?? env.MOSAIC_HOST,
    port: input.port ?? env.PORT ?? env.MOSAIC_PORT,
    webRoot: input.webRoot ?? env.MOSAIC_WEB_ROOT,
    bodyLimit: input.bodyLimit ?? env.MOSAIC_BODY_LIMIT,
    logRequests: input.logRequests ?? env.MOSAIC_LOG_REQUESTS === '1',
    trustProxy: input.trustProxy ?? env.MOSAIC_TRUST_PROXY === '1',
  };
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Problem(
      'config.invalid',
      `Invalid setting "${issue.path.join('.')}": ${issue.message}.`,
    );
  }
  return parsed.data;
}
