/**
 * On-demand file `pick-your-pathway.<language>.js`: every text of one language other than
 * English. The build makes one per folder of data/locales; `virtual:pyp-locale` stands for it.
 */
export { texts } from 'virtual:pyp-locale';
