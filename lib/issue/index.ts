/** Whole-issue reading: the pages of an edition's list, one at a time, with cancel and resume. */
export { DEFAULT_PAGE_DELAY_MS, IssueBusyError, readIssue, type IssueProgress, type IssueRun, type PageReader, type PageState } from './read-issue';
