// A Rolldown plugin for production builds: replaces each message id
// ('reason.invalid_credentials.title.named') with a short one ('2x'), both in the msg() calls of
// src/messages/ and in the keys of the generated locale modules, so that lookups still match.
// The ids are for translators and reviewers; shipped, they cost the drop-in ~480 bytes.
import { readdirSync, readFileSync } from 'node:fs';

/** Every `<trans-unit id>` in locales/*.xlf, sorted, so a short id follows from the catalogue. */
function messageIds() {
  const ids = new Set();
  for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
    const xliff = readFileSync(`locales/${file}`, 'utf8');
    for (const [, id] of xliff.matchAll(/<trans-unit id="([^"]+)"/g)) ids.add(id);
  }
  return [...ids].sort();
}

const MESSAGES = /[\\/]src[\\/]messages[\\/][^\\/]+\.ts$/;
const LOCALE_MODULES = /[\\/]src[\\/]generated[\\/]locales[\\/][^\\/]+\.ts$/;
/** Every other source file but the one that defines msg(). */
const OTHER_SOURCES =
  /[\\/]src[\\/](?!messages[\\/]|generated[\\/]|localization[\\/]msg\.ts$).+\.ts$/;
/** A call of msg(), not a mention of `msg()` in a comment. */
const MSG_CALL = /(?<![\w`.])msg\(/g;
/** `id: 'reason.access_denied.title'` in a msg() call's options. */
const OPTION_ID = /\bid:\s*(['"`])([\w.-]+)\1/g;
/** `'reason.access_denied.title':` at the start of a line of a locale module's templates. */
const TEMPLATE_KEY = /^(\s*)(['"`])([\w.-]+)\2:/gm;

export function shortMsgIds() {
  const short = new Map(messageIds().map((id, index) => [id, index.toString(36)]));
  // A message the catalogue does not know would silently show English in production only:
  // stop the build instead (run `npm run localize:extract` after adding a message).
  const shorten = (id, file) => {
    const shortId = short.get(id);
    if (shortId === undefined) throw new Error(`${file}: message id "${id}" is not in locales/`);
    return shortId;
  };
  return {
    name: 'short-msg-ids',
    transform(code, id) {
      if (OTHER_SOURCES.test(id) && code.match(MSG_CALL)) {
        throw new Error(`${id}: msg() belongs in src/messages/, where its id is shortened`);
      }
      if (MESSAGES.test(id)) {
        if ((code.match(MSG_CALL)?.length ?? 0) !== (code.match(OPTION_ID)?.length ?? 0)) {
          throw new Error(`${id}: every msg() needs an id, written as a plain string`);
        }
        return {
          code: code.replace(OPTION_ID, (_, q, key) => `id: ${q}${shorten(key, id)}${q}`),
          map: null,
        };
      }
      if (LOCALE_MODULES.test(id)) {
        return {
          code: code.replace(
            TEMPLATE_KEY,
            (_, indent, q, key) => `${indent}${q}${shorten(key, id)}${q}:`,
          ),
          map: null,
        };
      }
      return null;
    },
  };
}
