// The host's command line: `pnpm --filter @smartcity/server admin create-workspace <masterplan.json>` creates the
// workspace of the file's region and prints a coordinator invitation code (the first member joins with it);
// `admin invite <workspace-id> coordinator` prints another.
import { readFileSync } from 'node:fs';
import { decodeText, formatPath, parseMasterplan } from '@smartcity/model';
import { configFromEnv } from './config.js';
import { openDatabase } from './db.js';
import { createInvitation, createWorkspace } from './workspaces.js';

const [command, arg, role = 'coordinator'] = process.argv.slice(2);
const config = configFromEnv();
const db = await openDatabase(config.databaseUrl, config.dataDir);
try {
  if (command === 'create-workspace' && arg) {
    const decoded = decodeText(readFileSync(arg));
    const text = 'text' in decoded ? decoded.text : '';
    const parsed = 'text' in decoded ? parseMasterplan(text) : { ok: false as const, issues: decoded.issues };
    if (!parsed.ok) {
      for (const i of parsed.issues)
        console.error(`${formatPath(i.path)}: ${i.message.id} / ${i.message.en}`);
      process.exitCode = 1;
    } else {
      const json = JSON.parse(text) as { region: { code: string; name: string } };
      const ws = await createWorkspace(db, json.region.code, json.region.name, json);
      const inv = await createInvitation(db, ws.id, null, 'coordinator', {}, { days: 14 });
      console.log(`Ruang kerja / workspace ${ws.name} (${ws.region}): ${ws.id}`);
      console.log(
        `Kode undangan koordinator / coordinator invitation code: ${inv.code} (until ${inv.expiresAt})`,
      );
    }
  } else if (command === 'invite' && arg && ['coordinator', 'editor', 'reader'].includes(role)) {
    const inv = await createInvitation(db, arg, null, role as 'coordinator', {}, { days: 14 });
    console.log(`Kode undangan / invitation code (${role}): ${inv.code} (until ${inv.expiresAt})`);
  } else {
    console.error('usage: admin create-workspace <masterplan.json> | admin invite <workspace-id> [role]');
    process.exitCode = 2;
  }
} finally {
  await db.close();
}
