import type { Request, RequestHandler, Response } from 'express';
import { HeldHeaders } from './held-headers';

/**
 * A middleware whose headers do not depend on the request (for the requests `applies` picks) as
 * the headers it sets, recorded once and set in one step per request. Helmet's dozen middlewares
 * (each a `next()`) and the `cors` package (which merges its options into a new object per request)
 * cost every API answer more than the headers themselves. Requests `applies` does not pick go to
 * the middleware itself.
 */
export function recordedHeaders(
  middleware: RequestHandler,
  sample: { method: string },
  applies: (req: Request) => boolean = () => true,
): RequestHandler {
  const held = new HeldHeaders();
  // Removed again on each answer: a header the middleware removes may have been set before it runs.
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: number | string | readonly string[]) => held.set(name, value),
    getHeader: (name: string) => held.get(name),
    removeHeader: (name: string) => {
      held.remove(name);
      removed.push(name);
    },
  };
  let completed = false;
  void middleware({ method: sample.method, headers: {} } as Request, recorder as unknown as Response, () => {
    completed = true;
  });
  if (!completed) throw new Error('the middleware did not complete synchronously: its headers cannot be recorded');
  return (req, res, next) => {
    if (!applies(req)) {
      void middleware(req, res, next);
      return;
    }
    held.setOn(res);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
