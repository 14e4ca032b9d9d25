// Where the set and the knowledge live, relative to this folder rather than
// the working directory, so `npm run eval` and vitest agree from anywhere.
import { fileURLToPath } from 'node:url';

export const QUESTIONS_FILE = fileURLToPath(new URL('./questions.jsonl', import.meta.url));
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
