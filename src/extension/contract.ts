// How every message in Backstory is sent and received, whatever the direction: a contract maps
// each message name to its request and its reply, `sender(transport)` gives the one typed
// `send(name, payload)` of a direction, and `handle(receiver)` the one place that checks a message's
// shape and its sender before a handler of the contract's map runs. Errors cross as values.

import { hasFields, type Fields, type Spec } from '../model/guards.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

/** A direction's messages: for each name, what is sent and what comes back. */
export type Contract = Record<string, { request: object; reply: unknown }>;

/** On the wire a message is its request's fields beside its name, as `type`. */
export type Wire<C extends Contract, K extends keyof C = keyof C> = K extends keyof C & string
  ? { type: K } & C[K]['request']
  : never;

export type Send<C extends Contract> = <K extends keyof C & string>(
  name: K,
  payload: C[K]['request'],
) => Promise<Result<C[K]['reply']>>;

const isResult = (v: unknown): v is Result<unknown> =>
  typeof (v as { ok?: unknown } | null)?.ok === 'boolean';

/**
 * The send of a direction over a browser call (runtime.sendMessage, or tabs.sendMessage bound to
 * a tab). A receiver that is gone (the extension reloaded, the tab closed) or that did not answer
 * comes back as a failure, never as a throw, whether the call throws or its promise rejects. The
 * reply's value is trusted as the contract's type: only Backstory's own receivers, checked by tsc
 * against the same contract, answer these messages.
 */
export function sender<C extends Contract>(transport: (message: unknown) => Promise<unknown>): Send<C> {
  return (name, payload) =>
    // Chrome's native sendMessage throws at the call, not in its promise, once the extension that
    // injected this script is reloaded: started inside a promise, that throw is a failure too.
    new Promise<unknown>((resolve) => resolve(transport({ ...payload, type: name }))).then(
      (reply) => (isResult(reply) ? (reply as Result<never>) : fail(`${name}: no answer`)),
      (e: unknown) => fail(`${name}: ${String(e)}`),
    );
}

type Awaitable<T> = T | Promise<T>;

/**
 * The run-time check of each message's fields, what arrives being untrusted until it passes: a
 * check of every field of the message's request, each no wider than the field's type, so a shape
 * that forgets a field, or a request that gains one its shape does not check, fails tsc.
 */
export type Shapes<C extends Contract> = { [K in keyof C]: Spec<C[K]['request']> };

export interface Receiver<C extends Contract, S> {
  shapes: Shapes<C>;
  /** Why this sender may not send these messages, or null when it may. */
  admit(sender: S, name: keyof C & string): string | null;
  handlers: { [K in keyof C]: (payload: Wire<C, K>, sender: S) => Awaitable<Result<C[K]['reply']>> };
}

/**
 * The receiving end of a direction. Returns undefined for a message that is not one of the
 * contract's (another receiver may know it), and otherwise its reply, which is never a rejection;
 * a message of the wrong shape or from the wrong sender is refused through `refuse`, which gives
 * the reason.
 */
export function handle<C extends Contract, S>(
  receiver: Receiver<C, S>,
  refuse: (reason: string) => Result<never>,
): (message: unknown, sender: S) => Promise<Result<unknown>> | undefined {
  return (message, from) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const name = (message as Fields).type;
    if (typeof name !== 'string' || !Object.hasOwn(receiver.shapes, name)) return undefined;
    // The name is one of the contract's: its shape is that message's Spec.
    const shape = receiver.shapes[name] as Spec<Fields>;
    const answer = (): Awaitable<Result<unknown>> => {
      if (!hasFields(message as Fields, shape)) return refuse(`${name} has the wrong shape`);
      const refusal = receiver.admit(from, name);
      if (refusal !== null) return refuse(refusal);
      const run = receiver.handlers[name] as (m: unknown, s: S) => Awaitable<Result<unknown>>;
      return run(message, from);
    };
    // A handler that throws or rejects still answers, as a failure: the sender waits for a reply,
    // and the browser would log what escapes a listener as uncaught.
    return new Promise<Result<unknown>>((resolve) => resolve(answer())).catch((e: unknown) =>
      fail(`${name}: ${String(e)}`),
    );
  };
}
