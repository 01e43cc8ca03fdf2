import { html } from 'lit';

/** snake_case with a line-break opportunity after each underscore, so narrow boxes wrap there. */
export const breakable = (text: string) =>
  text.split('_').map((part, index) => (index === 0 ? part : html`_<wbr />${part}`));
