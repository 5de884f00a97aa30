// Fails unless every shipped language translates every string: each XLIFF
// unit needs a non-empty <target> with the same placeholders as its source.
// Message ids are hashes of the English text, so changing an English string
// makes its old translation disappear and this check fail until the new text
// is translated: no stale translation can ship.
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];

const placeholders = (xml) => (xml.match(/<x [^>]*\/>/g) ?? []).sort().join(' ');

for (const locale of config.targetLocales) {
  const file = `${config.interchange.xliffDir.replace(/\/?$/, '/')}${locale}.xlf`;
  const xml = readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  if (units.length === 0) problems.push(`${file}: no strings`);
  for (const [, id, body] of units) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined || target.trim() === '') {
      problems.push(`${file}: ${id} is not translated: "${source.slice(0, 60)}…"`);
    } else if (placeholders(source) !== placeholders(target)) {
      problems.push(`${file}: ${id} does not keep the placeholders of its source`);
    }
  }
  console.log(`${locale}: ${units.length} strings`);
}

if (problems.length > 0) {
  console.error(`Translation check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
