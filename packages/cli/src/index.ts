export { run } from './cli.js';
export type { FileReport } from './commands/validate.js';
export { validateFile } from './commands/validate.js';
export type { CommonOptions, Io } from './io.js';
