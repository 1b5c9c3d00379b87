import { startApp } from './app.js';
import { configFromEnv } from './config.js';
import { DEMO_ACCOUNTS, seedDemo } from './demo.js';

const config = configFromEnv();
const app = await startApp(config);
const seeded = config.demo ? await seedDemo(app.db, app.security) : undefined;

console.log(
  `smartcity server on ${app.url}/ (database: ${app.db.engine === 'embedded' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`,
);
if (seeded) {
  console.log(
    'Demo workspace: Kabupaten Minahasa (illustrative sample). Demo accounts (demo only, change them):',
  );
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(12)} ${a.username.padEnd(12)} ${a.password}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void app.close().then(() => process.exit(0));
  });
