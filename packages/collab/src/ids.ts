import type * as Y from 'yjs';

let counter = 0;

/**
 * An id unique across the team without a central counter or `crypto.randomUUID` (which plain-HTTP pages lack):
 * the replica's client id, the time and a local counter.
 */
export function newId(doc: Y.Doc): string {
  counter = (counter + 1) % 1_679_616;
  return `${doc.clientID.toString(36)}-${Date.now().toString(36)}-${counter.toString(36)}`;
}
