import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { recordedHeaders } from './recorded-headers';

/**
 * Security headers on every answer. API answers are JSON that nothing should render or frame; the
 * IDE page gets a policy that lets it run its own bundle and Monaco's workers from this server only.
 */
export function apiSecurityHeaders(): RequestHandler {
  // No per-request function in this configuration (no CSP nonces): its headers are recorded once.
  return recordedHeaders(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      // Answers are meant to be read from other origins (CORS decides who); CORP must not block them.
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // TLS ends at the load balancer or proxy in front, which owns HSTS; over plain HTTP it is noise.
      strictTransportSecurity: false,
    }),
    { method: 'GET' },
  );
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
