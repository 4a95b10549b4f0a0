/** What the matcher carries from one piece of a document to the next. */

/**
 * What the matcher remembers while reading one document, possibly in many pieces:
 * who has been mentioned, and who each bare surname currently means.
 */
export interface MatchSession {
  seen: Set<string>;
  owners: Map<string, string>;
}

export function createSession(): MatchSession {
  return { seen: new Set(), owners: new Map() };
}

