import * as Y from 'yjs';
import { type Anchor, anchorOf, anchorWithin, type Path, resolveAnchor } from './anchors.js';
import { type Author, type EditMeta, ROOTS, toJson } from './doc.js';
import { newId } from './ids.js';

/** One message of a discussion thread. */
export interface Message {
  readonly id: string;
  readonly author: Author;
  /** ISO 8601 time. */
  readonly at: string;
  readonly text: string;
  /** Member ids mentioned (`@id` in the text, and any given explicitly). */
  readonly mentions: readonly string[];
}

/** A discussion on one item of the masterplan (an answer, an element, a programme…). */
export interface Thread {
  readonly id: string;
  /** What the thread is about; it follows the item when the list around it changes. */
  readonly anchor: Anchor;
  /** Where that item is now, or `undefined` when it was removed. */
  readonly path: Path | undefined;
  readonly author: Author;
  readonly at: string;
  readonly resolved: boolean;
  readonly resolvedBy?: Author;
  readonly resolvedAt?: string;
  readonly messages: readonly Message[];
}

function threadsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(ROOTS.threads);
}

/** Member ids mentioned in a text: `@budi`, `@opd-bappeda` (letters, digits, `.`, `_`, `-`). */
export function parseMentions(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(^|[^\w@])@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu))
    out.add((m[2] as string).replace(/[._-]+$/, ''));
  return [...out];
}

function message(doc: Y.Doc, text: string, meta: EditMeta, mentions: readonly string[]): Message {
  return {
    id: newId(doc),
    author: meta.author,
    at: (meta.at ?? new Date()).toISOString(),
    text,
    mentions: [...new Set([...parseMentions(text), ...mentions])],
  };
}

/** Opens a thread on the item at `path` with a first message; returns its id. */
export function startThread(
  doc: Y.Doc,
  path: Path,
  text: string,
  meta: EditMeta,
  options: { mentions?: readonly string[] } = {},
): string {
  const first = message(doc, text, meta, options.mentions ?? []);
  const id = first.id;
  doc.transact(() => {
    const t = new Y.Map<unknown>();
    t.set('id', id);
    t.set('anchor', anchorOf(doc.getMap(ROOTS.masterplan), path));
    t.set('author', meta.author);
    t.set('at', first.at);
    t.set('resolved', false);
    const messages = new Y.Array<Message>();
    messages.push([first]);
    t.set('messages', messages);
    threadsOf(doc).set(id, t);
  }, meta);
  return id;
}

/** Adds a reply to a thread (returns false when there is no such thread). Replying reopens a resolved one. */
export function reply(
  doc: Y.Doc,
  threadId: string,
  text: string,
  meta: EditMeta,
  options: { mentions?: readonly string[]; reopen?: boolean } = {},
): boolean {
  const t = threadsOf(doc).get(threadId);
  if (!t) return false;
  doc.transact(() => {
    (t.get('messages') as Y.Array<Message>).push([message(doc, text, meta, options.mentions ?? [])]);
    if (options.reopen ?? true) t.set('resolved', false);
  }, meta);
  return true;
}

/** Marks a thread resolved (or open again). Returns false when there is no such thread. */
export function resolveThread(doc: Y.Doc, threadId: string, resolved: boolean, meta: EditMeta): boolean {
  const t = threadsOf(doc).get(threadId);
  if (!t) return false;
  doc.transact(() => {
    t.set('resolved', resolved);
    if (resolved) {
      t.set('resolvedBy', meta.author);
      t.set('resolvedAt', (meta.at ?? new Date()).toISOString());
    } else {
      t.delete('resolvedBy');
      t.delete('resolvedAt');
    }
  }, meta);
  return true;
}

function readThread(t: Y.Map<unknown>, json: unknown): Thread {
  const anchor = t.get('anchor') as Anchor;
  const resolvedBy = t.get('resolvedBy') as Author | undefined;
  const resolvedAt = t.get('resolvedAt') as string | undefined;
  return {
    id: t.get('id') as string,
    anchor,
    path: resolveAnchor(json, anchor),
    author: t.get('author') as Author,
    at: t.get('at') as string,
    resolved: t.get('resolved') === true,
    ...(resolvedBy ? { resolvedBy } : {}),
    ...(resolvedAt ? { resolvedAt } : {}),
    messages: (t.get('messages') as Y.Array<Message>).toArray(),
  };
}

/**
 * The threads, oldest first: all of them, or those on the item at `path` and under it (`path: []` is every
 * thread); resolved ones only when asked.
 */
export function listThreads(
  doc: Y.Doc,
  options: { path?: Path; includeResolved?: boolean; mentioning?: string } = {},
): Thread[] {
  const json = toJson(doc);
  const within = options.path ? anchorOf(json, options.path) : undefined;
  return [...threadsOf(doc).values()]
    .map((t) => readThread(t, json))
    .filter((t) => options.includeResolved || !t.resolved)
    .filter((t) => !within || anchorWithin(t.anchor, within))
    .filter(
      (t) => !options.mentioning || t.messages.some((m) => m.mentions.includes(options.mentioning as string)),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
