// zod compiles fast parsers with `new Function` unless told not to; the strict CSP (no 'unsafe-eval') forbids
// that, and even zod's probe for it is reported as a violation. This is `z.config({ jitless: true })` without
// loading zod up front: zod keeps its configuration on `globalThis.__zod_globalConfig` and reuses an existing
// object. It must run before any schema is used (first import of the entry and of the worker). The
// end-to-end tests fail on any CSP violation, so a change in zod would not go unnoticed.
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });

export {};
