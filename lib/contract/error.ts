import type { FixRef } from './stream';

/** A failure as the error panel shows it: what went wrong and the fix, in the page's language. */
export interface ErrorInfoView {
  kind: string;
  message: string;
  fix: FixRef;
  verb?: string;
  resource?: string;
}
