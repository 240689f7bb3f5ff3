import type { LocalDataset } from './local-dataset';

// A reader's own dataset is kept in IndexedDB, the browser's store for data of this size
// (localStorage holds about 5 MB of text in all, and blocks the page while it writes). Three
// calls need no library: this wrapper is what idb-keyval's get, set and del do, in 40 lines.
const DATABASE = 'joint-action-plans';
const STORE = 'local-dataset';
const KEY = 'opened-file';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

async function openDatabase(): Promise<IDBDatabase> {
  // Throws where there is no IndexedDB (some private modes): the caller says it is not kept.
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return settle(request);
}

/** Runs one request in its own transaction; resolves once the transaction is committed. */
async function inStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(STORE, mode);
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      // A full disk (QuotaExceededError) aborts the transaction at commit.
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB aborted'));
    });
    const result = await settle(run(transaction.objectStore(STORE)));
    await committed;
    return result;
  } finally {
    database.close();
  }
}

/** Keeps the dataset a reader opened, so that a reload shows it again. */
export async function keepDataset(local: LocalDataset): Promise<void> {
  await inStore('readwrite', (store) => store.put(local, KEY));
}

export async function forgetKeptDataset(): Promise<void> {
  await inStore('readwrite', (store) => store.delete(KEY));
}

/**
 * The dataset kept by an earlier visit, checked again against this version's schema; null when
 * none is kept or it no longer passes (it is then forgotten).
 */
export async function readKeptDataset(): Promise<LocalDataset | null> {
  const kept: unknown = await inStore('readonly', (store) => store.get(KEY));
  if (typeof kept !== 'object' || kept === null) return null;
  const { dataset, fileName } = kept as Partial<LocalDataset>;
  if (typeof fileName !== 'string') return null;
  const { parseDataset } = await import('./parse-dataset');
  try {
    return { dataset: parseDataset(dataset, fileName), fileName };
  } catch {
    await forgetKeptDataset();
    return null;
  }
}
