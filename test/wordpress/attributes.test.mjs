// The plugin's PHP allow-lists against the widgets' own manifest
// (custom-elements.json): the same elements, the same attributes, and for
// each attribute the same kind of value, the same allowed values and the
// same default. When a widget gains, loses or changes an attribute and the
// manifest is regenerated, this fails until the plugin follows.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const manifest = JSON.parse(
  readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'),
);
const schema = JSON.parse(
  execFileSync(
    'php',
    [
      '-r',
      "define('ABSPATH', '/'); require $argv[1]; echo json_encode(CST_Widgets_Attributes::schema());",
      new URL(
        '../../wordpress/includes/class-cst-widgets-attributes.php',
        import.meta.url,
      ).pathname,
    ],
    { encoding: 'utf8' },
  ),
);

const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

/** `'a' | 'b' | undefined` → ['a', 'b']; anything that is not such a union → undefined. */
function literals(type) {
  const parts = (type ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$/.test(part)))
    return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** The manifest's default without its quotes: `"'cards'"` → `cards`. */
const unquote = (value) => value?.replace(/^'(.*)'$/, '$1');

test('the plugin knows exactly the widgets of the manifest', () => {
  assert.deepEqual(Object.keys(schema).sort(), [...elements.keys()].sort());
});

for (const [tag, declaration] of elements) {
  test(`<${tag}>: the PHP allow-lists match the manifest`, () => {
    const rules = schema[tag];
    assert.deepEqual(
      Object.keys(rules).sort(),
      declaration.attributes.map((attribute) => attribute.name).sort(),
      'attribute names',
    );
    for (const attribute of declaration.attributes) {
      const rule = rules[attribute.name];
      const type = attribute.type?.text;
      const values = literals(type);
      const where = `${tag} ${attribute.name}`;
      if (attribute.name === 'lang') {
        assert.equal(rule.type, 'lang', where);
      } else if (values) {
        assert.equal(rule.type, 'enum', `${where} is one of ${values.join(', ')}`);
        assert.deepEqual([...rule.values].sort(), [...values].sort(), `${where} values`);
      } else if (type === 'boolean') {
        assert.equal(rule.type, 'boolean', where);
      } else {
        assert.match(type ?? '', /^string( \| undefined)?$/, `${where} is a string`);
        assert.ok(
          ['text', 'phone', 'url', 'same-site-url', 'number', 'list'].includes(rule.type),
          `${where} has a string rule`,
        );
      }
      const fallback = unquote(attribute.default);
      if (rule.default !== undefined) {
        assert.equal(rule.default, fallback, `${where} default`);
      } else if (rule.type === 'enum' && fallback !== undefined && fallback !== '') {
        assert.fail(`${where}: the manifest's default ${fallback} is missing in PHP`);
      }

      // Rules whose limits the manifest states in words.
      const description = attribute.description ?? '';
      if (rule.type === 'list') {
        const known = description
          .split(/\n\s*\n|Unknown/)[0]
          .match(/`[a-z-]+`/g)
          ?.map((key) => key.slice(1, -1));
        assert.deepEqual(rule.values, known, `${where}: the keys the description lists`);
      }
      if (rule.type === 'number') {
        const [, min, max] = description.match(/\((\d+)[–-](\d+)\)/) ?? [];
        assert.deepEqual(
          [rule.min, rule.max],
          [Number(min), Number(max)],
          `${where} range`,
        );
      }
      if (rule.type === 'url') {
        for (const scheme of ['https', 'http', 'tel', 'mailto']) {
          assert.match(
            description,
            new RegExp(`\\b${scheme}:`),
            `${where} allows ${scheme}:`,
          );
        }
      }
    }
  });
}
