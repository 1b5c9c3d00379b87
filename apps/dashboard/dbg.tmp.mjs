import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startServer } from './scripts/serve.mjs';

const s = await startServer();
const b = await chromium.launch(chromiumLaunchOptions());
const c = await b.newContext();
await c.exposeBinding('__csp', (_s, t) => console.log('CSP', t));
await c.addInitScript(() =>
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  ),
);
const p = await c.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.stack));
await p.goto(s.url + '/#/program');
await p.waitForTimeout(2000);
await p.getByRole('button', { name: '+ Tambah program' }).click();
await p.waitForTimeout(1000);
console.log(await p.getByTestId('programme-table').locator('tbody tr').count());
await b.close();
await s.close();
