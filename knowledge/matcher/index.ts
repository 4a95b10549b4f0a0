export { createMatcher, createSession, type Matcher, type MatchSession } from './match';
export { aliasKey } from './compile';
export { type PrecompiledMatcher, precompile } from './precompiled';
export { showingTypes } from './shown';
