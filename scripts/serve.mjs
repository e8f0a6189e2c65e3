// A small static server for the demo pages and the browser tests: `/` serves demo/, `/dist/`
// serves the build. Run directly (npm start) it listens on PORT (default 5173) on localhost.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** The project's folders by URL prefix, longest first: the build, the bench pages, the demo. */
const PROJECT_FOLDERS = {
  '/dist/': resolve(root, 'dist'),
  '/bench/': resolve(root, 'bench'),
  '/': resolve(root, 'demo'),
};

function fileFor(urlPath, folders) {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const prefix = Object.keys(folders).find((p) => path.startsWith(p));
  if (!prefix) return null;
  const folder = folders[prefix];
  const file = normalize(join(folder, path.slice(prefix.length) || 'index.html'));
  if (!file.startsWith(folder)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

/**
 * Starts the server; `headers(path)` may add response headers (e.g. a Content-Security-Policy);
 * `folders` maps URL prefixes to folders (default: the project's dist/, bench/ and demo/).
 */
export function startServer({ port = 0, host = '127.0.0.1', headers = () => ({}), folders = PROJECT_FOLDERS } = {}) {
  const server = createServer((request, response) => {
    const file = fileFor(request.url ?? '/', folders);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(request.url ?? '/'),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, rejectPromise) => {
    server.once('error', rejectPromise);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  try {
    const { url } = await startServer({ port });
    console.log(`Pick Your Pathway demo: ${url}/  (Ctrl+C to stop)`);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is in use (another demo server?). Stop it, or choose a port: PORT=5174 npm start`);
    process.exit(1);
  }
}
