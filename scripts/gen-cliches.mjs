// Regenerates src/core/data/cliches.json from the installed no-cliches package (MIT; the list
// write-good uses), which exports only its matcher, not the list. Run after upgrading write-good.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const dir = require.resolve('no-cliches/package.json').replace(/package\.json$/, '');
const pkg = JSON.parse(readFileSync(dir + 'package.json', 'utf8'));
const src = readFileSync(dir + 'cliches.js', 'utf8');
// the file declares `let cliches = [...]` before mapping it to a pattern: take the array literal
const literal = src.slice(src.indexOf('['), src.indexOf('];') + 1);
const phrases = vm.runInNewContext(literal);
if (!Array.isArray(phrases) || phrases.length < 100) throw new Error('no-cliches: the list did not have the expected shape');
const out = {
  source: `no-cliches ${pkg.version} (the cliché list write-good uses), https://github.com/duereg/no-cliches`,
  license: 'MIT License. ' + readFileSync(dir + 'LICENSE', 'utf8').split('\n').filter((l) => /^Copyright/.test(l)).join(' '),
  note: 'Entries are regular-expression fragments, as no-cliches writes them; a space stands for any white space.',
  phrases,
};
writeFileSync(new URL('../src/core/data/cliches.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`cliches.json: ${phrases.length} phrases from no-cliches ${pkg.version}`);
