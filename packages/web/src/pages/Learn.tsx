/** Learn: plain-language pages from core's knowledge (written there, with sources), rendered here. */
export function LearnPage(_props: { page?: string }) {
  return <h1>Learn</h1>;
}
