// `npm run size` (after `npm run build`): what each source file costs the drop-in, in bytes of
// gzip level 9. A file's cost is how much smaller the gzip gets without its code, read off the
// source map, so that what compresses well against the rest is not counted twice.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { fromRoot } from './project.mjs';

const FILE = process.argv[2] ?? fromRoot('dist/bank-connect-error.bundled.js');
const code = readFileSync(FILE, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${FILE}.map`, 'utf8')));
const gzipped = (text) => gzipSync(text, { level: 9 }).length;

/** Lit's packages count as one; our files by their path under src/. */
function owner(source) {
  if (!source) return '(bundler glue)';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source))
    return 'Lit';
  return source.replace(/^.*?\/(src|node_modules)\//, (_, dir) => (dir === 'src' ? 'src/' : ''));
}

// Each generated line cut at its mappings, and each piece given to the source it came from; what
// precedes a line's first mapping is the bundler's own.
const lines = code.split('\n');
const pieces = [];
const mappings = [];
map.eachMapping((m) => mappings.push(m));
for (const [index, m] of mappings.entries()) {
  const line = lines[m.generatedLine - 1];
  const previous = mappings[index - 1];
  if (previous?.generatedLine !== m.generatedLine) {
    if (index > 0) pieces.push({ owner: '(bundler glue)', text: '\n' });
    pieces.push({ owner: '(bundler glue)', text: line.slice(0, m.generatedColumn) });
  }
  const next = mappings[index + 1];
  const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : undefined;
  pieces.push({ owner: owner(m.source), text: line.slice(m.generatedColumn, end) });
}

const total = gzipped(pieces.map((piece) => piece.text).join(''));
const rows = [...new Set(pieces.map((piece) => piece.owner))].map((name) => {
  const without = pieces.filter((piece) => piece.owner !== name).map((piece) => piece.text);
  return [name, total - gzipped(without.join(''))];
});
for (const [name, bytes] of rows.sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(6)}  ${name}`);
}
console.log(`${String(total).padStart(6)}  ${FILE} (all of it, gzip -9)`);
