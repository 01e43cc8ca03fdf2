export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly Engine[];
export const INSTALL_HINT: string;
export function selectedEngines(value?: string): Engine[];
export function findFirefox(): string | null;
export function findMiniBrowser(): string | null;
export function findWebKit(): { driver: string; browser: string; xvfb: string } | null;
export function ensureEngines(engines?: readonly Engine[]): {
  chromium?: string;
  firefox?: string;
  webkit?: { driver: string; browser: string; xvfb: string };
};
export function firefoxPrefs(options?: { dark?: boolean }): Record<string, unknown>;
export function freePort(): Promise<number>;
export function startXvfb(xvfb?: string): Promise<{ display: string; stop(): Promise<void> }>;
export function startWebKitDriver(options: {
  display: string;
  driver?: string;
}): Promise<{ port: number; stop(): Promise<void> }>;
export function webkitCapabilities(
  binary: string,
  options?: { dark?: boolean },
): Record<string, unknown>;
