// `npm run lint:docker`: the Dockerfile checked by dockerfile-utils (the validator behind VS Code's
// Docker support, pure JavaScript from npm: no binary to download, no container engine needed).
// Its warnings fail too, and every optional check is on.
import { readFileSync } from 'node:fs';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { validate, ValidationSeverity } from 'dockerfile-utils';

const files = process.argv.slice(2);
let problems = 0;
for (const file of files.length > 0 ? files : ['Dockerfile']) {
  const diagnostics = validate(readFileSync(file, 'utf8'), {
    deprecatedMaintainer: ValidationSeverity.ERROR,
    directiveCasing: ValidationSeverity.ERROR,
    emptyContinuationLine: ValidationSeverity.ERROR,
    instructionCasing: ValidationSeverity.ERROR,
    instructionCmdMultiple: ValidationSeverity.ERROR,
    instructionEntrypointMultiple: ValidationSeverity.ERROR,
    instructionHealthcheckMultiple: ValidationSeverity.ERROR,
    instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
    instructionWorkdirRelative: ValidationSeverity.ERROR,
  });
  for (const d of diagnostics) {
    const level = d.severity === DiagnosticSeverity.Error ? 'error' : 'warning';
    console.error(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${level}: ${typeof d.message === 'string' ? d.message : d.message.value}`);
  }
  problems += diagnostics.length;
  if (diagnostics.length === 0) console.log(`${file}: ok`);
}
process.exitCode = problems > 0 ? 1 : 0;
