// `npm run nls`: moves words that package.json shows to users (titles, categories, descriptions, enum
// descriptions, display names) into package.nls.json and puts `%key%` in their place, so a command, setting or
// rule added in English gets its key the way the others have theirs. The rules' severity descriptions share one
// key per severity. Translations are then added to package.nls.<language>.json by hand:
// test/client/l10nBundles.test.ts names each key a language still lacks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const manifestPath = join(root, 'package.json');
const nlsPath = join(root, 'package.nls.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const english = JSON.parse(readFileSync(nlsPath, 'utf8'));
const moved = [];

/** `%key%` for `text`, adding it to package.nls.json; a key that holds other words already is an error. */
function keyFor(key, text) {
  if (/^%[^%]+%$/.test(text)) return text;
  if (key in english && english[key] !== text) throw new Error(`package.nls.json has other words for ${key}`);
  if (!(key in english)) moved.push(key);
  english[key] = text;
  return `%${key}%`;
}

const withoutPrefix = (name) => name.replace(/^bilingualDocs\./, '');

manifest.displayName = keyFor('displayName', manifest.displayName);
manifest.description = keyFor('description', manifest.description);
const { contributes } = manifest;
for (const command of contributes.commands) {
  command.title = keyFor(`command.${withoutPrefix(command.command)}.title`, command.title);
  command.category = keyFor('command.category', command.category);
}
contributes.configuration.title = keyFor('configuration.title', contributes.configuration.title);
for (const [name, property] of Object.entries(contributes.configuration.properties)) {
  const base = `configuration.${withoutPrefix(name)}`;
  for (const field of ['description', 'markdownDescription']) {
    if (property[field]) property[field] = keyFor(`${base}.${field}`, property[field]);
  }
  if (property.enumDescriptions) {
    property.enumDescriptions = property.enumDescriptions.map((text, index) =>
      keyFor(`${base}.enumDescriptions.${property.enum[index]}`, text),
    );
  }
  for (const [code, rule] of Object.entries(property.properties ?? {})) {
    for (const field of ['description', 'markdownDescription']) {
      if (rule[field]) rule[field] = keyFor(`${base}.${code}.${field}`, rule[field]);
    }
    if (rule.enumDescriptions) {
      rule.enumDescriptions = rule.enumDescriptions.map((text, index) =>
        keyFor(`configuration.rules.severity.${rule.enum[index]}`, text),
      );
    }
  }
}
for (const editor of contributes.customEditors ?? []) {
  editor.displayName = keyFor(`customEditor.${withoutPrefix(editor.viewType)}.displayName`, editor.displayName);
}

writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(nlsPath, JSON.stringify(english, null, 2) + '\n');
const said = moved.length === 0 ? 'every word already has its key' : `moved to package.nls.json: ${moved.join(', ')}`;
console.log(`package.json: ${said}`);
