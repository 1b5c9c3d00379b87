// A test that logs a warning or an error fails: charts must handle bad input visibly and silently.
import { afterEach, beforeEach } from 'vitest';

const original = { warn: console.warn, error: console.error };
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  console.warn = (...args: unknown[]) => {
    logged.push(`console.warn: ${args.map(String).join(' ')}`);
  };
  console.error = (...args: unknown[]) => {
    logged.push(`console.error: ${args.map(String).join(' ')}`);
  };
});

afterEach(() => {
  console.warn = original.warn;
  console.error = original.error;
  if (logged.length) throw new Error(`The test logged to the console:\n${logged.join('\n')}`);
});
