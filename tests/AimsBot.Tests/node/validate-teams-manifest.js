// Validates Teams app manifests against the official schema bundled in npm @microsoft/app-manifest
// (offline: the manifest's $schema URL is mapped to the bundled file). Schemas are JSON Schema draft-04.
// Arguments: manifest paths. stdout: an array of {path, schema, errors: [..]}.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const schemasRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

function loadSchema(url) {
  const match = /\/teams\/(v[^/]+)\/MicrosoftTeams\.schema\.json$/.exec(url || '');
  if (!match) {
    throw new Error(`$schema '${url}' is not an official Teams manifest schema URL`);
  }
  const file = path.join(schemasRoot, match[1], 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) {
    throw new Error(`@microsoft/app-manifest does not ship schema ${match[1]}`);
  }
  // Some versions contain \a or \v in regex patterns, which JSON does not allow: keep escaped backslashes, fix those.
  const text = fs.readFileSync(file, 'utf8').replace(/\\\\|\\a|\\v/g, m => (m === '\\a' ? '\\u0007' : m === '\\v' ? '\\u000b' : m));
  return { version: match[1], schema: JSON.parse(text) };
}

function validate(manifestPath) {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    const { version, schema } = loadSchema(manifest.$schema);
    const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    const check = ajv.compile(schema);
    const errors = check(manifest) ? [] : check.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    return { path: manifestPath, schema: version, errors };
  } catch (e) {
    return { path: manifestPath, schema: null, errors: ['Exception: ' + (e && e.message ? e.message : String(e))] };
  }
}

process.stdout.write(JSON.stringify(process.argv.slice(2).map(validate)));
