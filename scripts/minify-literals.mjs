// A Rolldown plugin that minifies the HTML and CSS inside Lit's html`` and css`` templates of
// src/: fewer bytes, and no whitespace text nodes for every instance to clone and lay out.
import { minifyHTMLLiterals } from 'minify-literals';
import { projectPath } from './project.mjs';

export function minifyLiterals() {
  return {
    name: 'minify-literals',
    async transform(code, id) {
      const path = projectPath(id);
      if (!path?.startsWith('src/') || !path.endsWith('.ts')) return null;
      if (!/\b(html|css|svg)`/.test(code)) return null;
      return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
    },
  };
}
