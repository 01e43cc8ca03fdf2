// A Rolldown plugin that removes `desc: '…'` from msg() options in src/messages/: the descriptions
// are translators' notes, read by `lit-localize extract`, and worthless bytes in a shipped bundle.
import { projectPath } from './project.mjs';

const DESC = /,?\s*desc:\s*(['"`])(?:\\[\s\S]|(?!\1)[^\\])*\1/g;

export function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (!/^src\/messages\/[^/]+\.ts$/.test(projectPath(id) ?? '')) return null;
      return { code: code.replace(DESC, ''), map: null };
    },
  };
}
