// A lender's bundled app for Spanish pages: Spanish inside the app's own file.
import 'bank-connect-error';
import 'bank-connect-error/locales/es';
