// Reads the Lighthouse JSON reports of one page (one run each) and prints one tab-separated line on stdout: the best
// score of each category over the runs, space-separated in the order asked ("-" where no run scored it); each run's
// performance score; the audits that could not run. On stderr it lists, for each category below the threshold, the
// audits that cost points in the run that scored best there.
// Usage: node scores.mjs THRESHOLD CATEGORIES(comma-separated) REPORT.json...
import { readFileSync } from 'node:fs';

const [threshold, categoryList, ...files] = process.argv.slice(2);
const categories = categoryList.split(',');
const reports = [];
for (const file of files) {
  try {
    const lhr = JSON.parse(readFileSync(file, 'utf8'));
    if (lhr.runtimeError) console.error(`  ${file}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    else reports.push(lhr);
  } catch (e) {
    console.error(`  ${file}: no report (${e.message})`);
  }
}

const best = categories.map(id => {
  let top = null;
  for (const lhr of reports) {
    const score = lhr.categories[id]?.score;
    if (typeof score === 'number' && (top === null || score > top.score)) top = { score, lhr };
  }
  return top;
});

// Scores are compared as Lighthouse shows them: rounded to two decimals (0.946 shows as 95 and passes 0.95).
const round = n => Math.round(n * 100) / 100;
const fmt = n => round(n).toFixed(2);
best.forEach((top, i) => {
  if (top === null || round(top.score) >= Number(threshold)) return;
  const category = top.lhr.categories[categories[i]];
  console.error(`  ${category.title} ${fmt(top.score)}:`);
  for (const ref of category.auditRefs) {
    const audit = top.lhr.audits[ref.id];
    if (ref.weight === 0 && audit.scoreDisplayMode !== 'metricSavings') continue;
    if (audit.score === null || audit.score >= 1) continue;
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    console.error(`    ${ref.id} ${fmt(audit.score)}${value} weight ${ref.weight}`);
  }
});

// Tab-separated: the best scores; each run's performance score with the machine's speed as Lighthouse measured it
// (its benchmarkIndex: lower is slower or busier); the audits that could not run (they count for nothing in a score).
const runs = reports.map(lhr => `${fmt(lhr.categories.performance?.score ?? 0)} (${Math.round(lhr.environment.benchmarkIndex)})`);
const failed = new Set(reports.flatMap(lhr => Object.values(lhr.audits).filter(a => a.scoreDisplayMode === 'error').map(a => a.id)));
console.log([best.map(top => (top === null ? '-' : fmt(top.score))).join(' '), runs.join(', ') || '-', [...failed].sort().join(' ')].join('\t'));
