// Known vulnerabilities in the production dependencies (`npm audit --omit=dev`), for .ci/run:
//   node scripts/audit.mjs                 runs npm audit
//   node scripts/audit.mjs --from FILE     reads a saved `npm audit --json` report instead
// Exit 1, naming each vulnerable package, when the registry reports one. When the registry's audit
// service cannot be reached, say so loudly and exit 0: the check did not run, which CI must show
// but not count as a failure of the code (AUDIT_STRICT=1 makes it fail too). Any other npm error
// (no lockfile, say) fails.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** Error codes and statuses that mean "the audit service could not be reached", not "bad project". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPROTO',
  'ERR_SOCKET_TIMEOUT',
]);

const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'low', 'info'];

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeVia(via) {
  return via
    .map((entry) =>
      typeof entry === 'string'
        ? `through ${entry}`
        : [entry.title, entry.url].filter(Boolean).join(' '),
    )
    .join('; ');
}

/**
 * What an `npm audit --json` run says: { status: 'clean' | 'vulnerable' | 'unavailable' | 'error',
 * packages, dependencies, reason }.
 */
export function readAudit(stdout, stderr = '') {
  const report = parseJson(stdout.trim());
  const lastLines = (text) => text.trim().split('\n').slice(-3).join(' / ');
  if (report === undefined || report === null || typeof report !== 'object') {
    const reason = lastLines(stderr) || lastLines(stdout) || 'npm audit printed nothing';
    return /audit endpoint|ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|network/i.test(reason)
      ? { status: 'unavailable', packages: [], reason }
      : { status: 'error', packages: [], reason };
  }
  if (report.vulnerabilities && typeof report.vulnerabilities === 'object') {
    const packages = Object.values(report.vulnerabilities)
      .map((entry) => ({
        name: entry.name,
        severity: entry.severity,
        range: entry.range,
        isDirect: Boolean(entry.isDirect),
        via: describeVia(Array.isArray(entry.via) ? entry.via : []),
        fix:
          entry.fixAvailable === true
            ? 'npm audit fix'
            : entry.fixAvailable && typeof entry.fixAvailable === 'object'
              ? `npm install ${entry.fixAvailable.name}@${entry.fixAvailable.version}`
              : 'no fix available',
      }))
      .sort(
        (a, b) =>
          SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
          a.name.localeCompare(b.name),
      );
    return {
      status: packages.length > 0 ? 'vulnerable' : 'clean',
      packages,
      dependencies: report.metadata?.dependencies?.prod ?? null,
    };
  }
  // npm prints its own failures as JSON too: { error: { code, summary, detail } }, or for an HTTP
  // answer from the registry { statusCode, message, uri, error }.
  const code = report.error?.code ?? report.code;
  const message = report.message ?? report.error?.summary ?? '';
  const status = report.statusCode && !message.startsWith(String(report.statusCode));
  const reason =
    [status ? report.statusCode : '', message, report.error?.detail].filter(Boolean).join(' ') ||
    lastLines(stderr) ||
    'unknown npm audit error';
  const isUnreachable =
    typeof report.statusCode === 'number' ||
    UNREACHABLE_CODES.has(code) ||
    /^E\d{3}$/.test(code ?? '') ||
    /audit endpoint/i.test(`${reason} ${stderr}`);
  return { status: isUnreachable ? 'unavailable' : 'error', packages: [], reason };
}

/** The lines to print and the exit code for an outcome of readAudit. */
export function verdict(outcome, { strict = false } = {}) {
  switch (outcome.status) {
    case 'clean':
      return {
        code: 0,
        lines: [
          `npm audit --omit=dev: no known vulnerability in ${outcome.dependencies ?? 'the'} production dependencies.`,
        ],
      };
    case 'vulnerable':
      return {
        code: 1,
        lines: [
          `npm audit --omit=dev: ${outcome.packages.length} production ${outcome.packages.length === 1 ? 'dependency has' : 'dependencies have'} known vulnerabilities:`,
          ...outcome.packages.map(
            (p) =>
              `  - ${p.name} (${p.severity}${p.isDirect ? ', direct' : ''}, ${p.range}): ${p.via}. Fix: ${p.fix}.`,
          ),
        ],
      };
    case 'unavailable': {
      const banner = '!'.repeat(78);
      return {
        code: strict ? 1 : 0,
        lines: [
          banner,
          '!! WARNING: the vulnerability check DID NOT RUN.',
          '!! The registry audit service could not be reached, so the production dependencies',
          '!! were NOT checked for known vulnerabilities. This is not a pass.',
          `!! npm said: ${outcome.reason}`,
          `!! ${strict ? 'AUDIT_STRICT=1: failing.' : 'Not failing the build for a network outage; run `npm audit --omit=dev` again when the registry answers.'}`,
          banner,
        ],
      };
    }
    default:
      return {
        code: 1,
        lines: [`npm audit --omit=dev failed: ${outcome.reason}`],
      };
  }
}

function main(argv) {
  const fromIndex = argv.indexOf('--from');
  let stdout;
  let stderr = '';
  if (fromIndex !== -1) {
    stdout = readFileSync(argv[fromIndex + 1], 'utf8');
  } else {
    const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) {
      stdout = '';
      stderr = `could not start npm: ${run.error.message}`;
    } else {
      stdout = run.stdout;
      stderr = run.stderr;
    }
  }
  const outcome = readAudit(stdout, stderr);
  const { code, lines } = verdict(outcome, { strict: process.env.AUDIT_STRICT === '1' });
  (outcome.status === 'clean' ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
