// Expands Adaptive Card templates with the reference engine (npm adaptivecards-templating), the
// oracle the C# TemplateBinder is compared with.
// stdin: one {template, data} object, or an array of them (one process for a whole batch).
// stdout: for one object, the expanded card; for an array, an array of {card} or {error}.
'use strict';
const ACData = require('adaptivecards-templating');

function expand(job) {
  try {
    const template = new ACData.Template(job.template);
    const card = template.expand({ $root: job.data });
    return { card: card === undefined ? null : card };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  if (Array.isArray(request)) {
    process.stdout.write(JSON.stringify(request.map(expand)));
    return;
  }
  const result = expand(request);
  if (result.error !== undefined) {
    process.stderr.write(result.error + '\n');
    process.exitCode = 1;
    return;
  }
  process.stdout.write(JSON.stringify(result.card, null, 2));
});
