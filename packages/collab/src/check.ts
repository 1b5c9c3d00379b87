import { issue, parseMasterplan, type ValidationIssue } from '@smartcity/model';
import * as Y from 'yjs';
import { type JsonValue, masterplanOf, ROOTS, toJson } from './doc.js';

/** Limits for updates that arrive from elsewhere. */
export interface UpdateLimits {
  /** Largest accepted update, in bytes (default 5 MB: a full masterplan with its history is far smaller). */
  maxBytes?: number;
  /** Refuse an update after which the masterplan no longer passes the model's checks (default false: a
   * document being written has gaps, which are listed as problems but accepted). */
  requireValid?: boolean;
}

/** The outcome of checking an update: whether to accept it, why not, and the model's problems after it. */
export interface UpdateCheck {
  readonly ok: boolean;
  /** Why the update is refused. */
  readonly reason?: 'too-large' | 'malformed' | 'incomplete' | 'structure' | 'schema';
  /** The refusal's reason, or (when accepted) the problems the model finds in the resulting masterplan. */
  readonly problems: readonly ValidationIssue[];
  /** The masterplan the update would lead to (when it could be applied). */
  readonly json?: Record<string, JsonValue>;
}

export const DEFAULT_UPDATE_LIMITS: Required<UpdateLimits> = { maxBytes: 5_000_000, requireValid: false };

function refuse(reason: NonNullable<UpdateCheck['reason']>, problem: ValidationIssue): UpdateCheck {
  return { ok: false, reason, problems: [problem] };
}

/** The first place a shared type holds something a masterplan cannot (text, XML, binary, sub-documents). */
function foreignContent(value: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (value instanceof Y.Map) {
    for (const [k, v] of value.entries()) {
      const bad = foreignContent(v, [...path, k]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (value instanceof Y.Array) {
    const items = value.toArray();
    for (let i = 0; i < items.length; i++) {
      const bad = foreignContent(items[i], [...path, i]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = foreignContent(value[i], [...path, i]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const bad = foreignContent(v, [...path, k]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return typeof value === 'number' && !Number.isFinite(value) ? path : undefined;
  }
  return path;
}

/**
 * Checks an update (from another replica, the network or a file) against `doc` without changing it: refused
 * when too large, undecodable, depending on changes `doc` lacks, or writing content a masterplan cannot hold;
 * the model's problems of the resulting masterplan are listed (and refuse the update with `requireValid`).
 * Never throws.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, limits: UpdateLimits = {}): UpdateCheck {
  const { maxBytes, requireValid } = { ...DEFAULT_UPDATE_LIMITS, ...limits };
  if (!(update instanceof Uint8Array))
    return refuse(
      'malformed',
      issue([], 'invalid-type', 'Perubahan bukan data biner.', 'The update is not binary data.'),
    );
  if (update.byteLength > maxBytes)
    return refuse(
      'too-large',
      issue(
        [],
        'too-large',
        `Perubahan terlalu besar: ${update.byteLength} bita (batas ${maxBytes} bita).`,
        `The update is too large: ${update.byteLength} bytes (the limit is ${maxBytes} bytes).`,
      ),
    );
  const trial = new Y.Doc({ gc: false });
  try {
    Y.decodeUpdate(update);
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    trial.destroy();
    return refuse(
      'malformed',
      issue([], 'invalid', `Perubahan tidak dapat dibaca: ${detail}`, `The update cannot be read: ${detail}`),
    );
  }
  try {
    if (trial.store.pendingStructs || trial.store.pendingDs)
      return refuse(
        'incomplete',
        issue(
          [],
          'invalid',
          'Perubahan bergantung pada perubahan lain yang belum diterima.',
          'The update depends on other changes that have not been received.',
        ),
      );
    for (const name of Object.values(ROOTS)) {
      const bad = foreignContent(
        name === ROOTS.masterplan ? masterplanOf(trial) : readRoot(trial, name),
        name === ROOTS.masterplan ? [] : [name],
      );
      if (bad)
        return refuse(
          'structure',
          issue(
            bad,
            'invalid-type',
            'Perubahan menulis isi yang bukan JSON (teks kolaboratif, XML, biner atau sub-dokumen).',
            'The update writes content that is not JSON (collaborative text, XML, binary or a sub-document).',
          ),
        );
    }
    const json = toJson(trial);
    const parsed = parseMasterplan(json);
    const problems = parsed.issues;
    if (requireValid && !parsed.ok) return { ok: false, reason: 'schema', problems, json };
    return { ok: true, problems, json };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refuse(
      'structure',
      issue(
        [],
        'invalid',
        `Perubahan merusak dokumen: ${detail}`,
        `The update breaks the document: ${detail}`,
      ),
    );
  } finally {
    trial.destroy();
  }
}

function readRoot(doc: Y.Doc, name: string): unknown {
  return name === ROOTS.history ? doc.getArray(name) : doc.getMap(name);
}
