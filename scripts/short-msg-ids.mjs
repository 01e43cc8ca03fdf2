// A Rolldown plugin for production builds that gives each msg() id a short name: an id
// (`reason.invalid_credentials.title.named`) only looks a message up in its locale module, and
// both are built here, so both get the same short name. The sources, the XLIFF files and the
// development builds keep the full ids. The names depend on the set of ids, so the build stamps
// its fingerprint on the loader and on each locale module: a module of another build is refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot, projectPath } from './project.mjs';

const MESSAGES = 'src/messages';
const ID_OPTION = /\bid:\s*(['"`])([\w.-]+)\1/g;
// A generated locale module's keys: JSON, two spaces in (scripts/build-locales.mjs).
const TEMPLATE_KEY = /^ {2}"([\w.-]+)":/gm;
// Its `ids` export, as written for the sources (`undefined`), to be stamped with the fingerprint.
const IDS_EXPORT = /^(export const ids(?:: [^=]+)? = )undefined;/m;

/** Every id the messages use, sorted, each named by its place in base 36. */
function shortNames() {
  const ids = readdirSync(fromRoot(MESSAGES)).flatMap((file) =>
    [...readFileSync(fromRoot(MESSAGES, file), 'utf8').matchAll(ID_OPTION)].map(([, , id]) => id),
  );
  return new Map([...new Set(ids)].sort().map((id, index) => [id, index.toString(36)]));
}

export function shortMsgIds() {
  const names = shortNames();
  const fingerprint = createHash('sha256')
    .update([...names.keys()].join('\n'))
    .digest('base64url')
    .slice(0, 8);
  const short = (id) => {
    const name = names.get(id);
    if (name === undefined) throw new Error(`msg() id "${id}" is in no file of ${MESSAGES}/`);
    return name;
  };
  return {
    name: 'short-msg-ids',
    transform(code, id) {
      const path = projectPath(id) ?? '';
      if (/^src\/messages\/[^/]+\.ts$/.test(path)) {
        return {
          code: code.replace(ID_OPTION, (_, quote, key) => `id: '${short(key)}'`),
          map: null,
        };
      }
      if (/^src\/generated\/locales\/[^/]+\.ts$/.test(path)) {
        const renamed = code.replace(TEMPLATE_KEY, (_, key) => `  "${short(key)}":`);
        const stamped = renamed.replace(IDS_EXPORT, `$1'${fingerprint}';`);
        if (stamped === renamed) throw new Error(`${path}: no \`ids\` export to stamp`);
        return { code: stamped, map: null };
      }
      if (path === 'src/localization/message-ids.ts') {
        return { code: `export const MESSAGE_IDS = '${fingerprint}';\n`, map: null };
      }
      return null;
    },
  };
}
