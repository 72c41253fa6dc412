// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decodeJsonAt, scriptAssignment, scriptJson } from '@/lib/core/parse/embedded-json';

function docWith(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('embedded JSON', () => {
  it('reads an assignment alone in its script', () => {
    const doc = docWith('<script>var ytInitialData = {"a":{"b":[1,2]}};</script>');
    expect(scriptAssignment(doc, 'var ytInitialData =')).toEqual({ a: { b: [1, 2] } });
  });

  it('reads an assignment followed by more code, respecting braces inside strings', () => {
    const doc = docWith('<script>window._sharedData = {"t":"} { ]","n":1};window.__init();</script>');
    expect(scriptAssignment(doc, 'window._sharedData =')).toEqual({ t: '} { ]', n: 1 });
  });

  it('gives undefined for truncated or garbled JSON instead of throwing', () => {
    expect(decodeJsonAt('{"a":[1,2', 0)).toBeUndefined();
    expect(decodeJsonAt('{"a":tru}', 0)).toBeUndefined();
    expect(scriptJson(docWith('<script id="x" type="application/json">{oops</script>'), '#x')).toBeUndefined();
    expect(scriptAssignment(docWith('<script>var y = 1;</script>'), 'var ytInitialData =')).toBeUndefined();
  });
});
