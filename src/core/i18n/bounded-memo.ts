/**
 * A memo for a pure function of a string key whose keys come from pages and feeds (language tags, times):
 * a hostile or endless stream of distinct keys must not grow memory without bound, so the memo is emptied
 * when it holds more than `limit` results. Ground floor of src/core: imports nothing.
 */
export function boundedMemo<Value>(compute: (key: string) => Value, limit = 500): (key: string) => Value {
  const memo = new Map<string, Value>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as Value;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
