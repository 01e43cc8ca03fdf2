// Baseline: Shoelace's alert and button with its light theme, in one file with Lit inside.
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import theme from '@shoelace-style/shoelace/dist/themes/light.styles.js';

document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme.styleSheet!];
