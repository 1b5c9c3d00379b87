export type { Anchor, AnchorStep, Path } from './anchors.js';
export {
  anchorOf,
  anchorWithin,
  formatAnchor,
  IDENTITY_KEYS,
  identityKey,
  resolveAnchor,
} from './anchors.js';
export type { AssigneeProgress, Assignment, AssignmentStatus } from './assignments.js';
export {
  assign,
  assignmentProgress,
  listAssignments,
  setAssignmentStatus,
  unassign,
} from './assignments.js';
export type { UpdateCheck, UpdateLimits } from './check.js';
export { checkUpdate, DEFAULT_UPDATE_LIMITS } from './check.js';
export type { Message, Thread } from './comments.js';
export { listThreads, parseMentions, reply, resolveThread, startThread } from './comments.js';
export type { Author, Change, EditMeta, JsonValue } from './doc.js';
export {
  applyJson,
  createDoc,
  deleteAt,
  fromY,
  getAt,
  historyLog,
  insertAt,
  jsonEqual,
  masterplanOf,
  ROOTS,
  setAt,
  toJson,
  toY,
} from './doc.js';
export type { Difference, Version } from './history.js';
export {
  compareJson,
  compareVersions,
  getVersion,
  historyOf,
  listVersions,
  restoreVersion,
  saveVersion,
} from './history.js';
