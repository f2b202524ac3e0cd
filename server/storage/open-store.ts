import { DefaultAzureCredential } from '@azure/identity';
import type { Store } from '../../domain/ports';
import type { StorageConfig } from '../config/storage-config';
import { openAzureTableStore } from './azure-table/azure-table-store';
import { openSqliteStore } from './sqlite/sqlite-store';

/** Opens the store the configuration names: SQLite by default, or Azure Table storage shared by several instances. */
export async function openStore(config: StorageConfig): Promise<Store> {
  if (config.kind === 'sqlite') return openSqliteStore(config.dbFile);
  if (config.connectionString) {
    return openAzureTableStore({ connectionString: config.connectionString.reveal(), tablePrefix: config.tablePrefix });
  }
  // In Azure: the app's managed identity (AZURE_CLIENT_ID picks a user-assigned one); on a developer's machine: their
  // Azure login.
  const credential = new DefaultAzureCredential(
    config.managedIdentityClientId ? { managedIdentityClientId: config.managedIdentityClientId } : {},
  );
  return openAzureTableStore({ accountUrl: config.accountUrl ?? '', credential, tablePrefix: config.tablePrefix });
}
