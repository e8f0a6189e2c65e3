/**
 * The script-tag entry (`dist/pick-your-pathway.js`, a classic script): loads its on-demand files
 * from its own folder and defines `<pick-your-pathway>` once, even if the script loads twice.
 */
import { useLoaders } from './on-demand';
import { defineElement } from './define';
import { filesBeside } from './files-beside-script';

useLoaders(
  filesBeside(typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : null),
);
defineElement();

export * from './exports';
