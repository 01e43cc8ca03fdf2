declare const __BANK_CONNECT_ERROR_VERSION__: string | undefined;

/** The package version, written in by the build; the sources say `development`. */
export const VERSION: string =
  typeof __BANK_CONNECT_ERROR_VERSION__ === 'string'
    ? __BANK_CONNECT_ERROR_VERSION__
    : 'development';
