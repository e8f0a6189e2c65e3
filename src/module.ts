/**
 * The ES-module entry (`import 'pick-your-pathway'`): the same element as the script, loading
 * its on-demand files from beside this module.
 */
import { setScriptUrl } from './chunks';

setScriptUrl(import.meta.url);

export * from './index';
