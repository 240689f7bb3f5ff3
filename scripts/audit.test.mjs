// node --test scripts/audit.test.mjs (run by .ci/run before the audit itself)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { test } from 'node:test';
import { fileURLToPath, URL } from 'node:url';
import { readAudit, verdict } from './audit.mjs';

const vulnerable = {
  auditReportVersion: 2,
  vulnerabilities: {
    'left-pad': {
      name: 'left-pad',
      severity: 'moderate',
      isDirect: false,
      via: ['tiny-lib'],
      range: '<1.3.0',
      fixAvailable: true,
    },
    'tiny-lib': {
      name: 'tiny-lib',
      severity: 'critical',
      isDirect: true,
      via: [
        {
          title: 'Prototype pollution in tiny-lib',
          url: 'https://github.com/advisories/GHSA-xxxx',
        },
      ],
      range: '<=2.0.0',
      fixAvailable: { name: 'tiny-lib', version: '2.0.1', isSemVerMajor: false },
    },
  },
  metadata: { dependencies: { prod: 42 } },
};
const clean = {
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { dependencies: { prod: 27 } },
};
// What this machine's registry mirror answers.
const endpointError = {
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
};

test('a vulnerable report fails and names every package, the worst first', () => {
  const outcome = readAudit(JSON.stringify(vulnerable));
  assert.equal(outcome.status, 'vulnerable');
  const { code, lines } = verdict(outcome);
  assert.equal(code, 1);
  assert.match(lines[0], /2 production dependencies have known vulnerabilities/);
  assert.match(
    lines[1],
    /tiny-lib \(critical, direct, <=2\.0\.0\): Prototype pollution.*GHSA-xxxx\. Fix: npm install tiny-lib@2\.0\.1/,
  );
  assert.match(lines[2], /left-pad \(moderate, <1\.3\.0\): through tiny-lib\. Fix: npm audit fix/);
});

test('a clean report passes and says how many dependencies were checked', () => {
  const { code, lines } = verdict(readAudit(JSON.stringify(clean)));
  assert.equal(code, 0);
  assert.match(lines[0], /no known vulnerability in 27 production dependencies/);
});

test('an audit endpoint that answers with an error is a loud warning, not a pass, not a failure', () => {
  const outcome = readAudit(
    JSON.stringify(endpointError),
    'npm error audit endpoint returned an error',
  );
  assert.equal(outcome.status, 'unavailable');
  const { code, lines } = verdict(outcome);
  assert.equal(code, 0);
  assert.match(lines.join('\n'), /DID NOT RUN/);
  assert.match(lines.join('\n'), /This is not a pass/);
  assert.match(lines.join('\n'), /405 Method Not Allowed/);
  assert.equal(verdict(outcome, { strict: true }).code, 1);
});

test('an unreachable registry is a warning too', () => {
  const report = {
    error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org' },
  };
  assert.equal(readAudit(JSON.stringify(report)).status, 'unavailable');
  assert.equal(
    readAudit('', 'npm error network request to https://registry.npmjs.org failed').status,
    'unavailable',
  );
});

test('any other npm failure (no lockfile) fails', () => {
  const report = {
    error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' },
  };
  const outcome = readAudit(JSON.stringify(report));
  assert.equal(outcome.status, 'error');
  assert.equal(verdict(outcome).code, 1);
  assert.equal(readAudit('not json', 'Segmentation fault').status, 'error');
});

test('the script itself: exit status and output for a saved report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  const script = fileURLToPath(new URL('./audit.mjs', import.meta.url));
  const run = (report) => {
    const file = join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(report));
    return spawnSync(process.execPath, [script, '--from', file], { encoding: 'utf8' });
  };
  const failed = run(vulnerable);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /tiny-lib/);
  assert.equal(run(clean).status, 0);
  const unreachable = run(endpointError);
  assert.equal(unreachable.status, 0);
  assert.match(unreachable.stderr, /WARNING: the vulnerability check DID NOT RUN/);
});
