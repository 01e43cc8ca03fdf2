// A lender's bundled app, as most are: the element from the npm package, each language downloaded
// when a page shows it.
import 'bank-connect-error';
