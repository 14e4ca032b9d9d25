/** Entry point of `npm run kb`: wires runKb to the process (see kb-commands.ts). */
import { runKb } from './kb-commands.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await runKb(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin,
  // A blank KNOWLEDGE_DIR (as copied from .env.example) means the default, as for the bot.
  knowledgeDir: process.env.KNOWLEDGE_DIR?.trim() || 'knowledge',
});
