// Binds every cards/<id>.json with cards/samples/<id>.json using the reference templating engine
// (adaptivecards-templating), so the Slack translator is tested on cards bound exactly as the
// Adaptive Cards tooling binds them. Usage: node slack-bind-samples.js <cards dir>; prints {id: card}.
// Without a folder it binds one {"template", "data"} object from stdin.
'use strict';
const fs = require('fs');
const path = require('path');
const ACData = require('adaptivecards-templating');

const dir = process.argv[2];
if (!dir) {
  // No folder: bind one {template, data} read from stdin and print the card.
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  process.stdout.write(JSON.stringify(new ACData.Template(input.template).expand({ $root: input.data })));
  process.exit(0);
}
const out = {};
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const id = path.basename(file, '.json');
  const samplePath = path.join(dir, 'samples', file);
  if (!fs.existsSync(samplePath)) {
    console.error(`no sample data for ${id}`);
    process.exitCode = 1;
    continue;
  }
  const template = new ACData.Template(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  out[id] = template.expand({ $root: JSON.parse(fs.readFileSync(samplePath, 'utf8')) });
}
process.stdout.write(JSON.stringify(out));
