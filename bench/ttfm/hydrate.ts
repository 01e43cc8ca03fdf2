// The client of a server-rendered page: hydration support first, then the element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'bank-connect-error';
