// mocha's spec reporter, closed by the plain line CI reads: "N passed, N failed".
'use strict';
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class PlainCountReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats;
      const label = (options && options.reporterOptions && options.reporterOptions.label) || process.env.COPYDESK_SUITE || 'unit';
      process.stdout.write(`\n${label}: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}\n`);
    });
  }
}
module.exports = PlainCountReporter;
