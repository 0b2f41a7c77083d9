/**
 * Finds a PostgreSQL for the data tests: TEST_DATABASE_URL if set, else the machine's server on
 * 127.0.0.1:5432, else a throwaway cluster started with the machine's own binaries. When none can
 * be had, data tests fail loudly (see databases.ts) rather than quietly running on SQLite alone.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres, tryConnect, type ThrowawayPostgres } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
    postgresError: string | null;
  }
}

let cluster: ThrowawayPostgres | undefined;

export async function setup(project: TestProject) {
  const candidates = [
    process.env.TEST_DATABASE_URL,
    'postgres://postgres@127.0.0.1:5432/postgres',
  ].filter((url): url is string => Boolean(url));
  const errors: string[] = [];
  for (const url of candidates) {
    const error = await tryConnect(url);
    if (!error) {
      project.provide('postgresUrl', url);
      project.provide('postgresError', null);
      return;
    }
    errors.push(`${redact(url)}: ${error}`);
  }
  try {
    cluster = await startThrowawayPostgres();
    project.provide('postgresUrl', cluster.url);
    project.provide('postgresError', null);
  } catch (error) {
    errors.push(`throwaway cluster: ${(error as Error).message}`);
    project.provide('postgresUrl', null);
    project.provide('postgresError', errors.join('; '));
  }
}

export async function teardown() {
  await cluster?.stop();
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@');
