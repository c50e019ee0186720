import { isByline } from './byline';
import { isDateline } from './dateline';

/** The text opens an article: a dateline or a byline line. */
export const startsArticle = (text: string): boolean => isDateline(text) || isByline(text);
