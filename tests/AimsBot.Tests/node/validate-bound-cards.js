// Binds card templates with data using the reference templating engine, then validates the result with
// the official Adaptive Cards SDK at version 1.5. Input (stdin): [{ "template": id, "data": {...} }].
// Arguments: the cards folder, and optionally "print" to add a line "<id>\t<bound JSON>" after each result.
// Prints one line per card: "<id> ok" or "<id> <problems>"; exit 1 on problems.
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');
const T = require('adaptivecards-templating');

AC.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = text; result.didProcess = true; };
const allowed = new Set(['TextBlock', 'RichTextBlock', 'FactSet', 'Container', 'ColumnSet', 'Column', 'ActionSet',
  'Input.Text', 'Input.ChoiceSet', 'Input.Date', 'Input.Toggle', 'Input.Number',
  'Action.Submit', 'Action.OpenUrl', 'Action.Execute']);

function walk(node, problems) {
  if (Array.isArray(node)) { node.forEach(n => walk(n, problems)); return; }
  if (node && typeof node === 'object') {
    if (typeof node.type === 'string' && node.type !== 'AdaptiveCard' && !allowed.has(node.type)) problems.push('element not allowed: ' + node.type);
    Object.values(node).forEach(v => walk(v, problems));
  }
}

const dir = process.argv[2];
const print = process.argv[3] === 'print';
const items = JSON.parse(fs.readFileSync(0, 'utf8'));
let failed = false;
for (const item of items) {
  const template = JSON.parse(fs.readFileSync(path.join(dir, item.template + '.json'), 'utf8'));
  const bound = new T.Template(template).expand({ $root: item.data });
  const problems = [];
  if (bound.version !== '1.5') problems.push('version ' + bound.version);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(bound, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const validation = card.validateProperties();
  for (let i = 0; i < validation.failureCount; i++) for (const e of validation.getFailureAt(i).errors) problems.push(e.message);
  walk(bound, problems);
  const text = JSON.stringify(bound);
  const unbound = text.match(/\$\{[^}]*\}/g);
  if (unbound) problems.push('unbound ' + unbound.join(' '));
  for (const submit of text.match(/"verb":"[^"]*"/g) || []) if (!/"verb":"[a-z]+\/[a-z]+"/.test(submit)) problems.push('bad verb ' + submit);
  if (problems.length) failed = true;
  console.log(item.template + ' ' + (problems.length ? problems.join('; ') : 'ok'));
  if (print) console.log(item.template + '\t' + text);
}
process.exit(failed ? 1 : 0);
