// Writes the extension's part of package.json (contributes, activation, capabilities, scripts)
// and the rule list of schemas/copydesk.schema.json from one place, with the rule ids taken from
// the core's RULES. Run after adding a rule:  node scripts/editor/manifest.mjs
// (`--check` exits 1 when package.json or the schema are out of date, without writing.)
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const check = process.argv.includes('--check');
const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'copydesk-manifest-'));
let RULES;
try {
  await esbuild.build({ entryPoints: [join(root, 'src/core/index.ts')], outfile: join(tmp, 'core.js'), bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'error' });
  RULES = createRequire(import.meta.url)(join(tmp, 'core.js')).RULES;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const SEVERITY_ENUM = ['error', 'warning', 'information', 'hint', 'off'];
const ruleValue = (description) => ({
  description,
  oneOf: [
    { type: 'string', enum: SEVERITY_ENUM, enumDescriptions: ['Show as an error.', 'Show as a warning.', 'Show as information.', 'Show as a hint (faint dots).', 'Do not check.'] },
    { type: 'boolean', description: 'true: on at its default severity; false: off.' },
  ],
});
const ruleProperties = {};
for (const cat of ['loaded', 'sourcing', 'dates', 'style']) ruleProperties[cat] = ruleValue(`Every ${cat} rule at once.`);
for (const r of [...RULES].sort((a, b) => a.id.localeCompare(b.id))) ruleProperties[r.id] = ruleValue(`${r.description} (default: ${r.defaultSeverity})`);

const LANGS = ['markdown', 'plaintext', 'newsdraft'];
const cmd = (command, title, extra = {}) => ({ command, title, category: 'Copydesk', ...extra });
const commands = [
  cmd('copydesk.reviewCurrent', 'Review Current Draft', { icon: '$(book)' }),
  cmd('copydesk.reviewWorkspace', 'Review All Drafts in Workspace'),
  cmd('copydesk.fixAllSafe', 'Fix All Safe Issues'),
  cmd('copydesk.insertDateline', 'Insert Dateline'),
  cmd('copydesk.setReferenceDate', 'Set Reference Date for This Draft'),
  cmd('copydesk.showReport', 'Show Editorial Report', { icon: '$(book)' }),
  cmd('copydesk.exportReport', 'Export Report…'),
  cmd('copydesk.toggle', 'Toggle Copydesk for This Draft'),
  cmd('copydesk.openSample', 'Open a Sample Draft'),
  cmd('copydesk.createHouseFile', 'Create or Open the House File (.copydesk.json)'),
  cmd('copydesk.openSettings', 'Open Settings'),
  cmd('copydesk.ignoreOccurrence', 'Ignore This Occurrence…'),
  cmd('copydesk.addToAllowList', 'Add to the House Allow-List'),
  cmd('copydesk._lastUpdateStats', 'Statistics of the Last Update (tests)'),
];
const inDraft = 'editorLangId in copydesk.languages';
const commandPalette = [
  { command: 'copydesk.reviewCurrent', when: inDraft },
  { command: 'copydesk.reviewWorkspace', when: 'workspaceFolderCount > 0' },
  { command: 'copydesk.fixAllSafe', when: `${inDraft} && copydesk.active && !editorReadonly` },
  { command: 'copydesk.insertDateline', when: `${inDraft} && !editorReadonly` },
  { command: 'copydesk.setReferenceDate', when: inDraft },
  { command: 'copydesk.showReport', when: `${inDraft} && copydesk.active` },
  { command: 'copydesk.exportReport', when: `${inDraft} && copydesk.active` },
  { command: 'copydesk.toggle', when: inDraft },
  { command: 'copydesk.createHouseFile', when: 'workspaceFolderCount > 0' },
  { command: 'copydesk.ignoreOccurrence', when: 'false' },
  { command: 'copydesk.addToAllowList', when: 'false' },
  { command: 'copydesk._lastUpdateStats', when: 'false' },
];

const manifestPart = {
  activationEvents: LANGS.map((l) => `onLanguage:${l}`),
  capabilities: {
    untrustedWorkspaces: {
      supported: 'limited',
      description: 'In an untrusted workspace Copydesk still reviews your drafts with your own settings, but the house file’s custom patterns (its extraTerms) are not applied.',
      restrictedConfigurations: ['copydesk.extraTerms'],
    },
    virtualWorkspaces: true,
  },
  contributes: {
    languages: [
      {
        id: 'newsdraft',
        aliases: ['News Draft', 'newsdraft'],
        extensions: ['.draft', '.story'],
        configuration: './syntaxes/language-configuration.json',
      },
      { id: 'jsonc', filenames: ['.copydesk.json'] },
    ],
    grammars: [
      { language: 'newsdraft', scopeName: 'text.newsdraft', path: './syntaxes/newsdraft.tmLanguage.json' },
      { scopeName: 'text.copydesk.injection', path: './syntaxes/markdown-injection.tmLanguage.json', injectTo: ['text.html.markdown'] },
    ],
    jsonValidation: [{ fileMatch: '.copydesk.json', url: './schemas/copydesk.schema.json' }],
    commands,
    menus: {
      commandPalette,
      'editor/context': [
        { command: 'copydesk.showReport', when: `${inDraft} && copydesk.active`, group: 'copydesk@1' },
        { command: 'copydesk.fixAllSafe', when: `${inDraft} && copydesk.active && !editorReadonly`, group: 'copydesk@2' },
      ],
      'editor/title': [{ command: 'copydesk.showReport', when: `${inDraft} && copydesk.active`, group: 'navigation@90' }],
    },
    configuration: {
      title: 'Copydesk',
      properties: {
        'copydesk.enable': { type: 'boolean', default: true, scope: 'resource', order: 0, description: 'Review drafts as you type. Turn off to silence Copydesk everywhere (or for one folder).' },
        'copydesk.categories.loaded': { type: 'boolean', default: true, scope: 'resource', order: 1, markdownDescription: 'Flag **loaded language**: words in the writer’s own voice that judge instead of report (“thugs”, “slammed”, “iconic”).' },
        'copydesk.categories.sourcing': { type: 'boolean', default: true, scope: 'resource', order: 2, markdownDescription: 'Flag **sourcing** problems: claims with no one to stand behind them (“critics say”, “it is widely believed”).' },
        'copydesk.categories.dates': { type: 'boolean', default: true, scope: 'resource', order: 3, markdownDescription: 'Flag **dates**: relative days (“yesterday”, “on Saturday”) with no absolute date, and drafts with no date of their own.' },
        'copydesk.categories.style': { type: 'boolean', default: true, scope: 'resource', order: 4, markdownDescription: 'Flag **style**: wordy phrases, passive voice, weak adverbs, clichés.' },
        'copydesk.rules': {
          type: 'object',
          default: {},
          scope: 'resource',
          order: 5,
          markdownDescription: 'Severity per rule, or `"off"`. Keys are rule ids like `loaded/pejorative`, or a whole category like `style`. Example: `{ "style/passive": "hint", "dates/relative-day": "error" }`.',
          properties: ruleProperties,
          additionalProperties: ruleValue('A rule id (category/name) or a category.'),
        },
        'copydesk.dates.style': {
          type: 'string',
          enum: ['ap', 'strict', 'evergreen'],
          default: 'ap',
          scope: 'resource',
          order: 6,
          description: 'How strict the dates rules are.',
          enumDescriptions: [
            'AP style: a weekday within the week of the story, “now” and “currently” are only hints; “yesterday”, “last week” and the like need a date.',
            'Every relative day or period (“Saturday”, “yesterday”, “last week”) is a warning until it has an absolute date.',
            'Copy that will be read later (Wikipedia’s rule): as strict, and every “currently”, “now”, “to date” gets an “as of” fix; present-tense figures with a time word need “as of”.',
          ],
        },
        'copydesk.dates.format': {
          type: 'string',
          enum: ['ap', 'iso', 'long'],
          default: 'ap',
          scope: 'resource',
          order: 7,
          description: 'The house format for dates in fixes and in “Insert Dateline”.',
          enumDescriptions: ['AP: “Sept. 3, 2024”, “March 5, 2024”.', 'ISO 8601: “2024-09-03”.', 'Long: “September 3, 2024”.'],
        },
        'copydesk.extraTerms': {
          type: 'array',
          default: [],
          scope: 'resource',
          order: 8,
          markdownDescription: 'House terms to flag as loaded language: a word or phrase, or `{ "term": "slumlord", "reason": "…", "alternatives": ["landlord"] }`.',
          items: {
            anyOf: [
              { type: 'string' },
              {
                type: 'object',
                required: ['term'],
                properties: {
                  term: { type: 'string', description: 'The word or phrase.' },
                  rule: { type: 'string', description: 'Rule id it reports under (default loaded/house).' },
                  reason: { type: 'string', description: 'Why the desk avoids it.' },
                  alternatives: { type: 'array', items: { type: 'string' }, description: 'Neutral words to use instead.' },
                },
              },
            ],
          },
        },
        'copydesk.removedTerms': { type: 'array', items: { type: 'string' }, default: [], scope: 'resource', order: 9, description: 'Built-in terms Copydesk should not flag at all (they are dropped from its lists).' },
        'copydesk.allow': { type: 'array', items: { type: 'string' }, default: [], scope: 'resource', order: 10, description: 'Words or phrases never flagged, in any rule (case-insensitive). A workspace .copydesk.json adds its own.' },
        'copydesk.languages': { type: 'array', items: { type: 'string' }, default: LANGS, order: 11, description: 'Language ids Copydesk reviews.' },
        'copydesk.include': { type: 'string', default: '**/*.{md,markdown,txt,draft,story}', scope: 'resource', order: 12, markdownDescription: 'Which files **Review All Drafts in Workspace** reviews (a glob). `files.exclude` is respected.' },
        'copydesk.debounceMs': { type: 'number', default: 250, minimum: 0, maximum: 5000, scope: 'resource', order: 13, description: 'How long to wait after a keystroke before reviewing (milliseconds). The last keystroke is always reviewed.' },
      },
    },
    walkthroughs: [
      {
        id: 'copydesk.gettingStarted',
        title: 'Get started with Copydesk',
        description: 'Loaded words, unsourced claims and missing dates, flagged as you type.',
        steps: [
          {
            id: 'sample',
            title: 'Open a sample draft',
            description: 'Copydesk reviews Markdown, plain text and news drafts (.draft, .story) as soon as they open.\n[Open the sample draft](command:copydesk.openSample)',
            media: { markdown: 'media/walkthrough/sample.md' },
            completionEvents: ['onCommand:copydesk.openSample'],
          },
          {
            id: 'loaded',
            title: 'Loaded language',
            description: 'Words that take sides in the writer’s own voice get a squiggle. Hover for why and for neutral alternatives; Ctrl+. offers the fix.',
            media: { markdown: 'media/walkthrough/loaded.md' },
          },
          {
            id: 'sourcing',
            title: 'Sourcing',
            description: 'Claims with no one behind them (“critics say”, “it is believed”) are flagged until someone is named.',
            media: { markdown: 'media/walkthrough/sourcing.md' },
          },
          {
            id: 'dates',
            title: 'Dates',
            description: '“Yesterday” means nothing once the story is a day old. Copydesk resolves relative days against the draft’s dateline and offers the absolute date.\n[Insert a dateline](command:copydesk.insertDateline)',
            media: { markdown: 'media/walkthrough/dates.md' },
          },
          {
            id: 'report',
            title: 'The editorial report',
            description: 'Counts, unattributed sentences, quotations without a speaker, relative dates and TKs, one click from the status bar.\n[Show the report](command:copydesk.showReport)',
            media: { markdown: 'media/walkthrough/report.md' },
            completionEvents: ['onCommand:copydesk.showReport'],
          },
          {
            id: 'house',
            title: 'Your house style',
            description: 'Commit a .copydesk.json with your newsroom’s allow-list, extra terms and rule severities; it overrides personal settings.\n[Create the house file](command:copydesk.createHouseFile)\n[Open the settings](command:copydesk.openSettings)',
            media: { markdown: 'media/walkthrough/house.md' },
            completionEvents: ['onCommand:copydesk.createHouseFile', 'onCommand:copydesk.openSettings'],
          },
        ],
      },
    ],
  },
};

const pkgPath = join(root, 'package.json');
const pkgText = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(pkgText);
const next = { ...pkg };
// keep the lead's fields and order; ours replace theirs
next.icon = 'media/icon.png';
next.galleryBanner = { color: '#1f2a3a', theme: 'dark' };
next.categories = ['Linters', 'Other'];
next.activationEvents = manifestPart.activationEvents;
next.capabilities = manifestPart.capabilities;
next.contributes = manifestPart.contributes;
next.scripts = {
  ...pkg.scripts,
  package: 'node scripts/build.mjs --production && vsce package --no-dependencies',
  try: 'node scripts/editor/try.mjs',
  'test:editor': 'node test/editor/run.mjs',
  'test:e2e': 'node test/e2e/run.mjs',
};
if (!next.repository) next.repository = { type: 'git', url: 'https://github.com/copydesk/copydesk' };
const order = ['name', 'displayName', 'description', 'version', 'publisher', 'license', 'icon', 'galleryBanner', 'repository', 'engines', 'categories', 'keywords', 'main', 'browser', 'bin', 'activationEvents', 'capabilities', 'contributes', 'scripts'];
const sorted = {};
for (const k of order) if (k in next) sorted[k] = next[k];
for (const k of Object.keys(next)) if (!(k in sorted)) sorted[k] = next[k];
const outPkg = JSON.stringify(sorted, null, 2) + '\n';

const schemaPath = join(root, 'schemas/copydesk.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
schema.properties.rules.properties = ruleProperties;
const outSchema = JSON.stringify(schema, null, 2) + '\n';

if (check) {
  const stale = [];
  if (outPkg !== pkgText) stale.push('package.json');
  if (outSchema !== readFileSync(schemaPath, 'utf8')) stale.push('schemas/copydesk.schema.json');
  if (stale.length) {
    console.error(`manifest: ${stale.join(' and ')} out of date; run node scripts/editor/manifest.mjs`);
    process.exit(1);
  }
  console.error('manifest: up to date');
} else {
  writeFileSync(pkgPath, outPkg);
  writeFileSync(schemaPath, outSchema);
  console.error(`manifest: wrote package.json and the schema (${RULES.length} rules)`);
}
