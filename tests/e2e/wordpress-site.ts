/**
 * A real WordPress for the plugin's test, made in a temporary folder: Debian's WordPress files,
 * a MariaDB server of its own (socket only, no network), PHP's built-in web server on a free
 * port of 127.0.0.1, and the plugin installed from its zip. Everything stops with `stop()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const WORDPRESS_DIR = '/usr/share/wordpress';

export type WordPressSite = {
  url: string;
  version: string;
  /** Publishes a page with this content (a shortcode or block markup); returns its address. */
  page: (title: string, content: string) => string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const user = asRoot ? ['--user=root'] : [];

export async function startWordPress(pluginZip: string): Promise<WordPressSite> {
  const home = mkdtempSync(join(tmpdir(), 'pyp-wordpress-'));
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children.reverse()) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(home, { recursive: true, force: true });
  };
  try {
    // MariaDB, on a socket in the folder.
    const data = join(home, 'db');
    const socket = join(home, 'mysql.sock');
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user],
      { stdio: 'ignore' },
    );
    children.push(
      spawn(
        'mariadbd',
        [
          '--no-defaults',
          `--datadir=${data}`,
          `--socket=${socket}`,
          '--skip-networking',
          `--pid-file=${join(home, 'db.pid')}`,
          ...user,
        ],
        { stdio: 'ignore' },
      ),
    );
    await until(() => existsSync(socket), 'MariaDB');
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // WordPress's files, with a configuration of our own in place of Debian's.
    const root = join(home, 'wp');
    cpSync(WORDPRESS_DIR, root, { recursive: true, dereference: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content'); define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_DEBUG', false); define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
// No cron request to itself: PHP's web server would serve it only after the page that asked.
define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // The plugin, unpacked from its installable zip.
    const plugins = join(root, 'wp-content', 'plugins');
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(pluginZip)))) {
      const target = join(plugins, name);
      if (name.endsWith('/')) continue;
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, bytes);
    }

    const php = (code: string) =>
      execFileSync('php', ['-d', 'display_errors=stderr', '-r', code], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, HTTP_HOST: `127.0.0.1:${port}` },
      });
    const boot = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; define('WP_INSTALLING', true); require 'wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php';`;
    php(
      `${boot} wp_install('Riverbend County', 'admin', 'admin@example.gov', false, '', 'not-a-real-password'); switch_theme('twentytwentyone');`,
    );
    const activated = php(
      `${boot} $r = activate_plugin('pick-your-pathway/pick-your-pathway.php'); echo is_wp_error($r) ? $r->get_error_message() : 'ok';`,
    );
    if (activated.trim() !== 'ok') throw new Error(`The plugin did not activate: ${activated}`);
    const version = php(`${boot} echo get_bloginfo('version');`).trim();

    children.push(
      spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
        cwd: root,
        stdio: 'ignore',
        // Several requests at once: the page, the script and its on-demand files.
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      }),
    );
    await until(() => {
      try {
        execFileSync('php', ['-r', `exit(@file_get_contents('${url}/wp-login.php') === false ? 1 : 0);`], {
          stdio: 'ignore',
        });
        return true;
      } catch {
        return false;
      }
    }, 'the PHP web server');

    const page = (title: string, content: string) => {
      const id = php(
        `${boot} echo wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}')]);`,
      ).trim();
      return `${url}/?page_id=${id}`;
    };
    return { url, version, page, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
