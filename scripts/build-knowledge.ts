/**
 * npm run knowledge: compiles knowledge/ into knowledge/generated/{lexicon,matcher,knowledge}.json.
 * Exits non-zero, naming each entity at fault, when the knowledge does not hold together.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledge } from '../knowledge/build/compile';
import { KnowledgeBuildError } from '../knowledge/build/errors';
import { packLexicon } from '../knowledge/lexicon-file';
import { precompile } from '../knowledge/matcher';
import { documents } from '../knowledge/corpus/documents';
import { disagreements } from '../knowledge/disagreements';
import { entities } from '../knowledge/entities';
import { timeline } from '../knowledge/timeline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'knowledge', 'corpus');
const outDir = join(root, 'knowledge', 'generated');

try {
  const docs = documents.map((d) => ({ ...d, text: readFileSync(join(corpusDir, d.file), 'utf8') }));
  const { lexicon, knowledge } = buildKnowledge({ entities, documents: docs, disagreements, timeline });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'lexicon.json'), JSON.stringify(packLexicon(lexicon)));
  // The content script revives this instead of compiling the matcher on every page.
  writeFileSync(join(outDir, 'matcher.json'), JSON.stringify(precompile(lexicon)));
  writeFileSync(join(outDir, 'knowledge.json'), JSON.stringify(knowledge));
  const passages = knowledge.entities.reduce((n, e) => n + e.passages.length, 0);
  console.log(`knowledge: ${knowledge.entities.length} entities, ${passages} passages from ${docs.length} documents`);
} catch (err) {
  if (err instanceof KnowledgeBuildError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
