#!/usr/bin/env node
// Adds up the test runners' JSON reports (Jest and Playwright) into the one line CI reads:
// `ci: N passed, N failed`. A step that failed without failing tests to show for it (lint,
// types, a runner that crashed or left no report) counts as one failure, so the line never
// reads green when something broke.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [reports, ...failedSteps] = process.argv.slice(2);
const read = (file) => (existsSync(join(reports, file)) ? JSON.parse(readFileSync(join(reports, file), 'utf8')) : null);

const jest = read('jest.json');
const playwright = read('playwright.json');
const runners = {
  'npm test': jest && { passed: jest.numPassedTests, failed: jest.numFailedTests + jest.numRuntimeErrorTestSuites },
  'browser tests': playwright && { passed: playwright.stats.expected + playwright.stats.flaky, failed: playwright.stats.unexpected },
};

let passed = 0;
let failed = 0;
for (const [step, result] of Object.entries(runners)) {
  if (!result) {
    console.log(`ci: ${step} left no report`);
    failed += 1;
    continue;
  }
  passed += result.passed;
  failed += result.failed;
}
for (const step of failedSteps) {
  console.log(`ci: step failed: ${step}`);
  const counted = runners[step] && runners[step].failed > 0;
  if (!counted && !(step in runners && !runners[step])) failed += 1;
}

console.log(`ci: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
