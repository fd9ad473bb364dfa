import helmet from 'helmet';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Security headers on every answer. API answers are JSON that nothing should render or frame; the
 * IDE page gets a policy that lets it run its own bundle and Monaco's workers from this server only.
 */
export function apiSecurityHeaders(): RequestHandler {
  return precomputed(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      // Answers are meant to be read from other origins (CORS decides who); CORP must not block them.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // TLS ends at the load balancer or proxy in front, which owns HSTS; over plain HTTP it is noise.
      strictTransportSecurity: false,
    }),
  );
}

/**
 * The same headers as a helmet configuration without a per-request function (no CSP nonces), set
 * in one step: helmet's dozen middlewares, each a `next()`, cost every API answer more than the
 * headers themselves.
 */
function precomputed(middleware: RequestHandler): RequestHandler {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
    getHeader: () => undefined,
  };
  let completed = false;
  void middleware({ headers: {} } as Request, recorder as unknown as Response, () => {
    completed = true;
  });
  if (!completed) throw new Error('the security headers middleware did not complete synchronously');
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

export function ideSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The page's own <style> and the styles Monaco injects at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
  });
}
