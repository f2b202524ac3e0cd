import pc from 'picocolors';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { describeStorage, readStorageConfig, type StorageConfig } from './config/storage-config';
import { consoleLogger } from './console-logger';
import { openStore } from './storage/open-store';

async function main(): Promise<void> {
  const log = consoleLogger();
  let config;
  let storage: StorageConfig;
  try {
    config = loadConfig();
    storage = readStorageConfig(process.env, { dbFile: config.dbFile });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${pc.red('Leerkring cannot start.')}\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  let store;
  try {
    store = await openStore(storage);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${pc.red('Leerkring cannot open its store')} (${describeStorage(storage)}):\n${why}\n`);
    process.exit(1);
  }
  const app = createApp(config, { log, store });
  const { url } = await app.listen();
  if (config.mode === 'local') {
    log.info(
      `${pc.bold('Local mode')}: no MicrosoftAppId is set, so the bot accepts unauthenticated requests` +
        ' and listens on loopback only.',
    );
  } else {
    log.info(`Teams mode: bot ${config.bot?.appId} (${config.bot?.appType}), signed requests only.`);
  }
  log.info(`Bot endpoint ${pc.green(`${url}/api/messages`)} · health ${url}/healthz · tab ${url}/tab/`);
  log.info(`Data lives in ${pc.green(describeStorage(storage))}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing pending card updates and closing the store…`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
