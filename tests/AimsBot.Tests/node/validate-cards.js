// Validates bound Adaptive Cards with the official SDK (npm adaptivecards 3.0.x) in plain node.
// `require('adaptivecards')` needs a DOM, so the UMD bundle is loaded directly.
// stdin: an array of card objects. stdout: an array of {errors: [..], warnings: [..]} in the same order.
// Cards are parsed against schema 1.5 (what Teams renders), so newer features are reported.
'use strict';
const AC = require('adaptivecards/dist/adaptivecards.js');

// Without a markdown processor the SDK warns that markdown is not processed; the text is not rendered here.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = text;
  result.didProcess = true;
};

const warningEvents = new Set([
  AC.ValidationEvent.Hint,
  AC.ValidationEvent.Deprecated,
  AC.ValidationEvent.RequiredInputsShouldHaveLabel,
  AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

function describe(event) {
  const source = event.source && typeof event.source.getJsonTypeName === 'function' ? event.source.getJsonTypeName() : '';
  return `${AC.ValidationEvent[event.event]}${source ? ' (' + source + ')' : ''}: ${event.message}`;
}

function validate(json) {
  const errors = [];
  const warnings = [];
  const report = event => (warningEvents.has(event.event) ? warnings : errors).push(describe(event));
  try {
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
      report(context.getEventAt(i));
    }
    for (const event of card.validateProperties().validationEvents) {
      report(event);
    }
  } catch (e) {
    errors.push('Exception: ' + (e && e.message ? e.message : String(e)));
  }
  return { errors, warnings };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const cards = JSON.parse(input);
  process.stdout.write(JSON.stringify(cards.map(validate)));
});
