/** Serves demo/ and dist/ once for all browser tests; the URL reaches tests through `inject`. */
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** The strict policy with Trusted Types required and no policy allowed: no string may become HTML or script. */
export const TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

export default async function setup(project: TestProject) {
  const { server, url } = (await startServer({
    port: 0,
    // Pages asked for with ?csp=strict get the strictest policy an agency is likely to use.
    headers: (path: string) =>
      path.includes('csp=trusted-types')
        ? { 'content-security-policy': TRUSTED_TYPES_CSP }
        : path.includes('csp=strict')
          ? { 'content-security-policy': STRICT_CSP }
          : {},
  })) as { server: import('node:http').Server; url: string };
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
