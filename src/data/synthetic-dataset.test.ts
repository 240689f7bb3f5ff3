// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';

// Runs the generator as the benchmark does (a command writing a file), then loads that file
// through the app's own validation.
const GENERATOR = resolve(process.cwd(), 'scripts/generate-dataset.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'synthetic-dataset-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function generate(name: string, ...args: string[]): string {
  const out = join(workDir, name);
  execFileSync(process.execPath, [GENERATOR, ...args, '--out', out]);
  return readFileSync(out, 'utf8');
}

describe('the synthetic dataset generator', () => {
  it('writes 50 plans and 2,000 areas in the featured plan, valid against the schema', () => {
    const dataset = parseDataset(JSON.parse(generate('large.json')), 'large.json');
    expect(dataset.plans).toHaveLength(50);
    const featured = dataset.plans.find((plan) => plan.id === dataset.featuredPlanId);
    expect(featured?.areas).toHaveLength(2000);
    expect(featured?.areaCount).toBe(2000);
    expect(featured?.newAreaCount).toBe(featured?.areas.filter((area) => area.isNew).length);
    // Every theme is used, so that each theme toggle filters something.
    expect(new Set(featured?.areas.map((area) => area.themeId))).toEqual(
      new Set(dataset.themes.map((theme) => theme.id)),
    );
  });

  it('honours --plans and --areas', () => {
    const json = generate('small.json', '--plans', '3', '--areas', '25');
    const dataset = parseDataset(JSON.parse(json), 'small.json');
    expect(dataset.plans).toHaveLength(3);
    expect(dataset.plans.find((plan) => plan.id === dataset.featuredPlanId)?.areas).toHaveLength(
      25,
    );
  });

  it('gives the same bytes for the same seed, and other data for another seed', () => {
    const options = ['--plans', '5', '--areas', '40'];
    const first = generate('seed-1a.json', ...options, '--seed', '1');
    expect(generate('seed-1b.json', ...options, '--seed', '1')).toBe(first);
    expect(generate('seed-2.json', ...options, '--seed', '2')).not.toBe(first);
  });
});
