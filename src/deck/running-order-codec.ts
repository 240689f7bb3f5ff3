import {
  EMPTY_EVENT,
  RUNNING_ORDER_VERSION,
  type MeetingEvent,
  type RunningOrder,
} from './running-order';

// A running order in a link and in a file, read back without ever throwing: anything malformed
// (a link cut short, a character changed, another file) reads as null, and the deck falls back to
// the one built from the data.
//
// In the link: `order=1.<base64url>`, the version, then the order's JSON compressed with the
// browser's CompressionStream('deflate-raw'). Measured against lz-string's
// compressToEncodedURIComponent on 2,000 characters of French talking points: deflate-raw with
// base64url came out shorter (see running-order-codec.test.ts, which asserts the link stays under
// RFC 9110's 8,000 characters) and adds no byte to the bundle; its only cost is being asynchronous,
// which the deck absorbs once, when it opens a link (use-running-order.ts).

const LINK_VERSION = '1';
/** Far beyond a link's 8,000 characters: a longer value is no link this app wrote. */
const MAX_LINK_VALUE = 64_000;
const MAX_IDS = 200;
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
/** Per slide: far beyond a speaker's notes, a guard against a file or a link that is not one. */
export const MAX_TALKING_POINTS = 20_000;
const MAX_EVENT_FIELD = 300;
/** What a link may inflate to: a guard against a crafted link that would inflate without end. */
const MAX_INFLATED_BYTES = 1_000_000;
export const RUNNING_ORDER_FILE_FORMAT = 'joint-action-plans-running-order';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function ids(value: unknown): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_IDS) return null;
  if (!value.every((id): id is string => typeof id === 'string' && ID.test(id))) return null;
  return [...new Set(value)];
}

function text(value: unknown, max: number): string | null {
  if (value === undefined) return '';
  return typeof value === 'string' && value.length <= max ? value : null;
}

/** A running order from its fields, checked; null if any is malformed. */
export function runningOrderFrom(fields: {
  order: unknown;
  hidden: unknown;
  talkingPoints: unknown;
  event: unknown;
}): RunningOrder | null {
  const order = ids(fields.order);
  const hidden = ids(fields.hidden);
  if (order === null || hidden === null) return null;
  const points = fields.talkingPoints ?? {};
  if (!isRecord(points) || Object.keys(points).length > MAX_IDS) return null;
  const talkingPoints: Record<string, string> = {};
  for (const [id, value] of Object.entries(points)) {
    const words = text(value, MAX_TALKING_POINTS);
    if (!ID.test(id) || words === null) return null;
    if (words !== '') talkingPoints[id] = words;
  }
  const eventFields = fields.event ?? {};
  if (!isRecord(eventFields)) return null;
  const event: MeetingEvent = { ...EMPTY_EVENT };
  for (const key of Object.keys(EMPTY_EVENT) as (keyof MeetingEvent)[]) {
    const value = text(eventFields[key], MAX_EVENT_FIELD);
    if (value === null) return null;
    event[key] = value;
  }
  return { version: RUNNING_ORDER_VERSION, order, hidden, talkingPoints, event };
}

function compact(runningOrder: RunningOrder) {
  const { order, hidden, talkingPoints, event } = runningOrder;
  const hasEvent = Object.values(event).some((value) => value !== '');
  const eventFields = Object.fromEntries(Object.entries(event).filter(([, value]) => value !== ''));
  return {
    o: order,
    ...(hidden.length > 0 ? { h: hidden } : {}),
    ...(Object.keys(talkingPoints).length > 0 ? { p: talkingPoints } : {}),
    ...(hasEvent ? { e: eventFields } : {}),
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new Error('inflates beyond the limit');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return source.pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>);
}

/** The running order as a link's parameter value: `1.` then its JSON, deflated, in base64url. */
export async function encodeRunningOrder(runningOrder: RunningOrder): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compact(runningOrder)));
  const deflated = await readAll(
    pipe(json, new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return `${LINK_VERSION}.${toBase64Url(deflated)}`;
}

/** A link's running order, or null for anything that is not one (never throws). */
export async function decodeRunningOrder(value: string): Promise<RunningOrder | null> {
  if (value.length > MAX_LINK_VALUE) return null;
  const [version, data, ...rest] = value.split('.');
  if (version !== LINK_VERSION || data === undefined || rest.length > 0) return null;
  const bytes = fromBase64Url(data);
  if (bytes === null) return null;
  try {
    const inflated = await readAll(
      pipe(bytes, new DecompressionStream('deflate-raw')),
      MAX_INFLATED_BYTES,
    );
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    if (!isRecord(parsed)) return null;
    return runningOrderFrom({
      order: parsed.o,
      hidden: parsed.h,
      talkingPoints: parsed.p,
      event: parsed.e,
    });
  } catch {
    return null;
  }
}

/** The running order as a file a person can keep, read and send: plain, indented JSON. */
export function runningOrderFile(runningOrder: RunningOrder, datasetId: string): string {
  const { order, hidden, talkingPoints, event } = runningOrder;
  return `${JSON.stringify(
    {
      format: RUNNING_ORDER_FILE_FORMAT,
      version: RUNNING_ORDER_VERSION,
      dataset: datasetId,
      order,
      hidden,
      talkingPoints,
      event,
    },
    null,
    2,
  )}\n`;
}

/** A file's running order, or null if it is not one (never throws). */
export function readRunningOrderFile(contents: string): RunningOrder | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(contents);
  } catch {
    return null;
  }
  if (!isRecord(parsed)) return null;
  if (parsed.format !== RUNNING_ORDER_FILE_FORMAT || parsed.version !== RUNNING_ORDER_VERSION) {
    return null;
  }
  return runningOrderFrom(parsed as Parameters<typeof runningOrderFrom>[0]);
}
