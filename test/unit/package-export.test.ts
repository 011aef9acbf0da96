import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The package contract: `import { check } from 'rapport'` in plain Node ESM, as a user would.
describe('the rapport package', () => {
  it('imports check from plain Node ESM and finds a term to avoid', () => {
    const out = execFileSync(process.execPath, [
      '--input-type=module',
      '-e',
      "import { check } from 'rapport'; console.log(JSON.stringify(check('The youth went AWOL.')))",
    ]).toString();
    const findings = JSON.parse(out);
    expect(findings[0]).toMatchObject({ domain: 'missing', severity: 'avoid', text: 'went AWOL', suggestions: ['went missing from care'] });
  });
});
