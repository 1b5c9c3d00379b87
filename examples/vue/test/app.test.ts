import { fileURLToPath } from 'node:url';
import { exampleAppTests } from '@smartcity/example-suite';

exampleAppTests('Vue', fileURLToPath(new URL('..', import.meta.url)));
