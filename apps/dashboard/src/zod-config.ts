// zod compiles fast parsers with `new Function` unless told not to; the strict CSP (no 'unsafe-eval') forbids
// that, and even zod's probe for it is reported as a violation. This module must be the first import of the
// entry and of the worker: ES modules evaluate in import order, so zod is configured before
// @smartcity/model parses its built-in framework. The end-to-end tests fail on any CSP violation.
import { z } from 'zod';

z.config({ jitless: true });
