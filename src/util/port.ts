/** Asking a worker thread's port, without the event loop, whether the worker still runs. */

/**
 * Whether the other end of a worker's channel is still open: a synchronous wait cannot see a
 * Worker's 'exit' event, but a message posted to a port whose other end is gone is delivered
 * nowhere, and MessagePort#postMessage returns true only when it reached the other end. Once a
 * worker has stopped, its end is closed. Workers never read these messages.
 */
export function otherEndOpen(port: { postMessage(value: unknown): unknown }): boolean {
  return (port.postMessage(null) as unknown) === true;
}
