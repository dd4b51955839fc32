/** Standard input as text, for the CLI's commands (JSON, a password). Its own file: `assess` loads nothing heavier. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
