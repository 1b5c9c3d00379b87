/**
 * The key reached from `key` by a navigation key in a grid of rows: ←/→ move within a row (wrapping),
 * ↑/↓ across rows (or, with a single row, like ←/→), Home/End to the row's ends. `undefined` for other keys.
 */
export function moveInGrid(nav: readonly string[][], key: string, pressed: string): string | undefined {
  let row = nav.findIndex((r) => r.includes(key));
  if (row < 0) return undefined;
  let col = nav[row]!.indexOf(key);
  const len = nav[row]!.length;
  const single = nav.length === 1;
  switch (pressed) {
    case 'ArrowRight':
      col = (col + 1) % len;
      break;
    case 'ArrowLeft':
      col = (col - 1 + len) % len;
      break;
    case 'ArrowDown':
      if (single) col = (col + 1) % len;
      else row = (row + 1) % nav.length;
      break;
    case 'ArrowUp':
      if (single) col = (col - 1 + len) % len;
      else row = (row - 1 + nav.length) % nav.length;
      break;
    case 'Home':
      col = 0;
      break;
    case 'End':
      col = len - 1;
      break;
    default:
      return undefined;
  }
  const target = nav[row]!;
  return target[Math.min(col, target.length - 1)];
}
