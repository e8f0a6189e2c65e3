// Finds what the WordPress test needs: Debian's WordPress with a classic theme, PHP with MySQL
// support, and the MariaDB server. Run as root on Debian, it installs them when missing.
import { existsSync } from 'node:fs';
import { installDebianPackages } from './debian-packages.mjs';

export const WORDPRESS_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentyone',
  'php-cli',
  'php-mysql',
  'mariadb-server',
];
export const WORDPRESS_DIR = '/usr/share/wordpress';

const present = () =>
  [
    `${WORDPRESS_DIR}/wp-load.php`,
    `${WORDPRESS_DIR}/wp-content/themes/twentytwentyone/style.css`,
    '/usr/bin/php',
    '/usr/sbin/mariadbd',
    '/usr/bin/mariadb-install-db',
  ].every((path) => existsSync(path));

/** True when WordPress, PHP and MariaDB are there (installed now if need be); else says what to install. */
export function ensureWordPress() {
  if (
    present() ||
    (installDebianPackages(WORDPRESS_PACKAGES, 'The WordPress test needs WordPress, PHP and MariaDB') && present())
  )
    return true;
  console.error(`The WordPress test needs: sudo apt-get install ${WORDPRESS_PACKAGES.join(' ')}   (Debian)`);
  return false;
}
