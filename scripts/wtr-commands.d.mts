export function sizeWindow(
  driver: unknown,
  size: { width: number; height: number },
): Promise<boolean>;
export function engineCommandsPlugin(): unknown;
export function viewportPerFile<T>(launcher: T, size?: { width: number; height: number }): T;
