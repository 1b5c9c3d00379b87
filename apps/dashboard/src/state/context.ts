import { createContext } from '@lit/context';
import type { Store } from './store.js';

/** The workspace store, provided by the application shell to every element below it. */
export const storeContext = createContext<Store>(Symbol('smartcity-store'));
