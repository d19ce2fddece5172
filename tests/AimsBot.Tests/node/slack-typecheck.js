// Type-checks Block Kit JSON against Slack's own definitions (@slack/types) with one tsc run.
// stdin: [{ "name": "...", "kind": "blocks" | "modal" | "home", "json": <blocks array or view> }]
// Messages are checked as KnownBlock[]; views as ModalView/HomeView with blocks narrowed to
// KnownBlock[] (View.blocks is typed loosely). Prints tsc's diagnostics; exit code 0 when clean.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const items = JSON.parse(fs.readFileSync(0, 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aimsbot-slack-types-'));
const files = [];
items.forEach((item, index) => {
  const safe = item.name.replace(/[^A-Za-z0-9_-]/g, '_');
  const file = path.join(work, `${String(index).padStart(3, '0')}-${safe}.ts`);
  const json = JSON.stringify(item.json, null, 2);
  let source = "import type { KnownBlock, ModalView, HomeView } from '@slack/types';\n";
  source += "type Checked<V> = Omit<V, 'blocks'> & { blocks: KnownBlock[] };\n";
  if (item.kind === 'blocks') {
    source += `export const blocks: KnownBlock[] = ${json};\n`;
  } else if (item.kind === 'modal') {
    source += `export const view: Checked<ModalView> = ${json};\n`;
  } else if (item.kind === 'home') {
    source += `export const view: Checked<HomeView> = ${json};\n`;
  } else {
    throw new Error(`unknown kind ${item.kind}`);
  }
  fs.writeFileSync(file, source);
  files.push(file);
});
const tsconfig = {
  compilerOptions: {
    strict: true, noEmit: true, target: 'es2020', module: 'commonjs', moduleResolution: 'node',
    skipLibCheck: true, typeRoots: [], types: [], baseUrl: __dirname,
    paths: { '@slack/types': [path.join(__dirname, 'node_modules/@slack/types')] },
  },
  files,
};
fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
const tsc = path.join(__dirname, 'node_modules', 'typescript', 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', path.join(work, 'tsconfig.json')], { encoding: 'utf8' });
process.stdout.write(result.stdout || '');
process.stderr.write(result.stderr || '');
process.stdout.write(`\nchecked ${files.length} renderings\n`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(result.status === null ? 2 : result.status);
