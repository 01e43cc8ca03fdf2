// A Vite plugin that minifies the HTML and CSS inside Lit's html`` and css`` templates: fewer
// bytes, and no whitespace text nodes for every instance to clone and lay out.
import { minifyHTMLLiterals } from 'minify-literals';

export function minifyLiterals() {
  return {
    name: 'minify-literals',
    async transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
    },
  };
}
