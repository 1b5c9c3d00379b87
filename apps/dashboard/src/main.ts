import './zod-config.js';
import './styles.css';
import './app.js';
import { applyLang } from './i18n.js';
import { seedDocument } from './seed.js';
import { store } from './store.js';

applyLang();
void store.init(seedDocument);
