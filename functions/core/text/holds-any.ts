// list.some((w) => text.includes(w)) without a closure a call: facts ask it of every sentence.

/** Whether the text holds any of the words. */
export function holdsAny(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.includes(words[k])) return true;
  return false;
}
