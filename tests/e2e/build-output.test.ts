/**
 * What ships: the built manifests hold exactly the permissions, content security policy
 * and web-accessible resources we mean to ship; the content script stays within its size
 * budget; no bundle evaluates strings as code or loads code from the network; Firefox's
 * linter finds no error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const OUT = resolve(import.meta.dirname, '../../.output');
const manifest = (target: string) => JSON.parse(readFileSync(join(OUT, target, 'manifest.json'), 'utf8'));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s build', (target) => {
  it('asks for exactly the permissions it needs, with the default CSP and nothing web-accessible', () => {
    const m = manifest(target);
    expect(m.permissions).toEqual(['storage', 'contextMenus']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_scripts).toEqual([{ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', css: ['content-scripts/content.css'], js: ['content-scripts/content.js'] }]);
  });

  it('ships a content script under 40 kB gzipped: every page the reader opens loads it', () => {
    // The minified build (`npm run build`): a NO_MINIFY build, for reading profiles, is larger.
    const script = readFileSync(join(OUT, target, 'content-scripts', 'content.js'));
    expect(gzipSync(script).length / 1024).toBeLessThan(40);
  });

  it('has no eval, no new Function, no string timers and no remote code in any bundle', () => {
    for (const file of files(join(OUT, target), '.js')) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]|importScripts\s*\(/);
      // URLs in bundles are identifiers only, never fetched: XML and Web Annotation
      // namespaces, the content script's match patterns, and our JSON-LD key (.invalid
      // is a domain that never resolves).
      const urls = [...code.matchAll(/https?:\/\/[^\s"'`),]+/g)].map((m) => m[0]);
      for (const u of urls) expect(u, file).toMatch(/^(?:http:\/\/www\.w3\.org\/|https?:\/\/\*\/\*$|https:\/\/backgrounder\.invalid\/ns#clipping$)/);
    }
  });
});

describe('Firefox add-on linter', () => {
  it('reports no error for the Firefox build', () => {
    const out = execFileSync(resolve(import.meta.dirname, '../../node_modules/.bin/web-ext'), ['lint', '--source-dir', join(OUT, 'firefox-mv2'), '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    // The remaining warnings are innerHTML inside Preact's runtime, Readability and DOMPurify (README: Firefox).
    for (const w of report.warnings) expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  }, 60_000);
});
