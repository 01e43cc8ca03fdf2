import {
  ACTIONS,
  PROVIDERS,
  REASONS,
  type Action,
  type Provider,
  type Reason,
} from '../core/index.js';
import { MAX_CODE_LENGTH } from '../core/spelling.js';

/** Marks our messages among everything else a page receives (analytics, chat widgets, ads). */
export const MESSAGE_SOURCE = 'bank-connect-error';
/** Changes only when a lender's page would have to change how it reads the messages. */
export const MESSAGE_VERSION = 1;
/** Taller than any element renders; a bigger height is a bug or an attack on the lender's layout. */
export const MAX_FRAME_HEIGHT = 10_000;

/**
 * The characters of every documented code (`103`, `Invalid Login`, `token_invalid_or_expired`)
 * and of the widget events read as codes (`mfa - opened`, `accounts.connected`, `mx/connect/loaded`).
 * A code with any other character is no code the lender's page needs, and may be markup.
 */
const FRAME_CODE = /^[\w ./-]*$/;

/** A code as it crosses to the lender's page: within `FRAME_CODE` and `MAX_CODE_LENGTH`, or `null`. */
function frameCode(code: unknown): string | null {
  return typeof code === 'string' && code.length <= MAX_CODE_LENGTH && FRAME_CODE.test(code)
    ? code
    : null;
}

/** What the borrower chose: the same fields as `bank-connect-action`'s detail, nothing more. */
export interface FrameAction {
  action: Action;
  reason: Reason;
  provider: Provider | null;
  code: string;
}

interface Envelope {
  source: typeof MESSAGE_SOURCE;
  version: typeof MESSAGE_VERSION;
}

/** The borrower chose an action in the iframe. */
export interface FrameActionMessage extends Envelope, FrameAction {
  type: 'action';
}

/** The element in the iframe is now `height` CSS pixels tall. */
export interface FrameResizeMessage extends Envelope {
  type: 'resize';
  height: number;
}

export type FrameMessage = FrameActionMessage | FrameResizeMessage;

/**
 * Only the four identifiers are copied: whatever else a caller's object holds stays behind. An
 * undocumented code outside the codes' alphabet goes as `''`, so the action still arrives.
 */
export function actionMessage({ action, reason, provider, code }: FrameAction): FrameActionMessage {
  return {
    source: MESSAGE_SOURCE,
    version: MESSAGE_VERSION,
    type: 'action',
    action,
    reason,
    provider,
    code: frameCode(code) ?? '',
  };
}

export function resizeMessage(height: number): FrameResizeMessage {
  return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, type: 'resize', height };
}

const KEYS = {
  action: ['action', 'code', 'provider', 'reason', 'source', 'type', 'version'],
  resize: ['height', 'source', 'type', 'version'],
} as const;

const isOneOf = (list: readonly string[], value: unknown) =>
  typeof value === 'string' && list.includes(value);

/** A plain object (in any realm) whose own keys are exactly `keys`. */
function hasExactly(data: object, keys: readonly string[]): boolean {
  if (Object.prototype.toString.call(data) !== '[object Object]') return false;
  const own = Reflect.ownKeys(data);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

function readAction(data: Record<string, unknown>): FrameActionMessage | null {
  const { action, reason, provider, code } = data;
  if (!isOneOf(ACTIONS, action) || !isOneOf(REASONS, reason)) return null;
  if (provider !== null && !isOneOf(PROVIDERS, provider)) return null;
  // The element sends no other code: anything else was forged, and may be markup.
  if (frameCode(code) === null) return null;
  return actionMessage({
    action: action as Action,
    reason: reason as Reason,
    provider: provider as Provider | null,
    code: code as string,
  });
}

function readResize({ height }: Record<string, unknown>): FrameResizeMessage | null {
  const sensible =
    typeof height === 'number' &&
    Number.isFinite(height) &&
    // Under one pixel would hide the flow: a hidden element sends no height at all.
    height >= 1 &&
    height <= MAX_FRAME_HEIGHT;
  return sensible ? resizeMessage(height) : null;
}

/**
 * A copy of `data` when it is exactly one of our messages, otherwise `null`: unknown types,
 * missing, extra or wrong-typed fields, words outside the vocabularies, absurd heights. Never throws.
 */
export function readFrameMessage(data: unknown): FrameMessage | null {
  try {
    if (typeof data !== 'object' || data === null) return null;
    const fields = data as Record<string, unknown>;
    if (fields.source !== MESSAGE_SOURCE || fields.version !== MESSAGE_VERSION) return null;
    const type = fields.type;
    if (type !== 'action' && type !== 'resize') return null;
    if (!hasExactly(data, KEYS[type])) return null;
    return type === 'action' ? readAction(fields) : readResize(fields);
  } catch {
    // A same-window caller can hand over a Proxy or throwing getters; that is no message either.
    return null;
  }
}
