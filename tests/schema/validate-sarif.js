// Validates SARIF files against the official SARIF 2.1.0 JSON schema
// (shipped in @microsoft/jest-sarif). Exit 0 when every file is valid.
'use strict';
const fs = require('fs');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = false;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!validate(doc)) {
    failed = true;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || '/'} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
