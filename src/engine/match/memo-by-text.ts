/** `read`, remembering what it gave for each text: reports repeat their figures and sentences, so each is read once per build. */
export function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    known.set(text, value);
    return value;
  };
}
