// What an extension page says when Backstory's bundled data failed its check: the popup, the
// story page and the first-run page say it alike, with what is wrong and the one remedy.

export function Damaged({ problem }: { problem: string }) {
  return (
    <>
      <h1>Backstory’s data is damaged</h1>
      <p class="muted">{problem}. Reinstall the extension to repair it.</p>
    </>
  );
}
