/**
 * A progress bar on a terminal (redrawn in place), or a line per tenth when the output is a log: either way
 * a long run says how far it is.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return {
    update(done: number, total: number): void {
      const fraction = total === 0 ? 1 : Math.min(1, done / total);
      const figures = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        stream.write(`\r${label} ${bar} ${Math.floor(fraction * 100)}% ${figures}`);
      } else if (Math.floor(fraction * 10) > lastTenth) {
        lastTenth = Math.floor(fraction * 10);
        stream.write(`${label} ${lastTenth * 10}% ${figures}\n`);
      }
    },
    end(): void {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
