export function findBrowser(): string | null;
export function isDebianLike(): boolean;
export function isExecutable(path: string): boolean;
export function ensureBrowser(): string;
export const BROWSER_ARGS: string[];
