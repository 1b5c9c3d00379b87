import { fileURLToPath } from 'node:url';
import { exampleAppTests } from '@smartcity/example-suite';

exampleAppTests('React', fileURLToPath(new URL('..', import.meta.url)));
