/**
 * Check-ins made while offline, kept on this phone (IndexedDB) until the server has them. Each
 * carries a key made here when it was kept; the server stores a check-in once per key, so sending
 * again after a dropped answer never makes a second one. Sent by itself when the connection returns
 * (`online`), when the app opens, and after each check-in. Kept per user, like the draft.
 */
import type { CheckIn, StoredCheckIn } from '@handcheck/core';
import { ApiError, api } from './api';

export interface Pending {
  readonly key: string;
  readonly userId: string;
  readonly checkIn: CheckIn;
  /** When it was kept (ISO timestamp). */
  readonly keptAt: string;
}

const DB = 'handcheck';
const STORE = 'outbox';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('userId', 'userId');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** A key nobody else will make: 128 random bits. */
export function newKey(): string {
  return crypto.randomUUID();
}

export async function keep(userId: string, checkIn: CheckIn, key = newKey()): Promise<Pending> {
  const item: Pending = { key, userId, checkIn, keptAt: new Date().toISOString() };
  await run('readwrite', (s) => s.put(item));
  changed();
  return item;
}

export async function pending(userId: string): Promise<Pending[]> {
  try {
    const all = await run('readonly', (s) => s.index('userId').getAll(userId) as IDBRequest<Pending[]>);
    return all.toSorted((a, b) => a.keptAt.localeCompare(b.keptAt));
  } catch {
    return [];
  }
}

async function remove(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}

/** Forgets every kept check-in of a user (signing out of a shared phone). */
export async function forget(userId: string): Promise<void> {
  for (const p of await pending(userId)) await remove(p.key);
  changed();
}

let flushing: Promise<StoredCheckIn[]> | null = null;

/**
 * Sends every kept check-in of the user, oldest first, and returns those the server now holds.
 * Stops at the first that cannot reach the server (still offline); one the server refuses for good
 * (4xx other than sign-in) is dropped so it cannot block the others.
 */
export function flush(userId: string): Promise<StoredCheckIn[]> {
  flushing ??= (async () => {
    const sent: StoredCheckIn[] = [];
    try {
      for (const p of await pending(userId)) {
        try {
          sent.push(await api.sendCheckIn(p.checkIn, p.key));
          await remove(p.key);
        } catch (e) {
          if (
            e instanceof ApiError &&
            e.status >= 400 &&
            e.status < 500 &&
            e.status !== 401 &&
            e.status !== 408 &&
            e.status !== 429
          ) {
            await remove(p.key);
            continue;
          }
          break;
        }
      }
    } finally {
      flushing = null;
      if (sent.length) changed(sent);
    }
    return sent;
  })();
  return flushing;
}

type Listener = (sent: readonly StoredCheckIn[]) => void;
const listeners = new Set<Listener>();

/** Called whenever the kept list changes (with the check-ins just sent, if any). */
export function onOutboxChange(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function changed(sent: readonly StoredCheckIn[] = []) {
  for (const fn of listeners) fn(sent);
}
