/** Starts the HTTP server and stops it cleanly on SIGINT/SIGTERM. */
import type { Config } from '../config';
import { buildApp } from './app';
import type { Store } from '../services/system';

export async function startServer(
  store: Store,
  config: Config,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = await buildApp({ store, config });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const close = async () => {
    await app.close();
    await store.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
  return { url: `http://${config.host}:${port}`, close };
}
