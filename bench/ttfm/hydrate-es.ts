// The client of a page the server rendered in Spanish: Spanish inside, so hydration waits for
// nothing.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'bank-connect-error';
import 'bank-connect-error/locales/es';
