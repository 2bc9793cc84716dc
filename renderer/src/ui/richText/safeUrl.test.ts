import { describe, expect, it } from 'vitest';
import { isEmbeddedImage, linkFromInput } from './safeUrl';

describe('linkFromInput', () => {
  it('completes what people type into addresses the core keeps', () => {
    expect(linkFromInput('uclg.org/fr')).toBe('https://uclg.org/fr');
    expect(linkFromInput(' https://www.uclg.org ')).toBe('https://www.uclg.org');
    expect(linkFromInput('contact@uclg.org')).toBe('mailto:contact@uclg.org');
    expect(linkFromInput('mailto:contact@uclg.org')).toBe('mailto:contact@uclg.org');
    expect(linkFromInput('#actions')).toBe('#actions');
  });

  it('refuses what the core would strip, or what is no address at all', () => {
    expect(linkFromInput('javascript:alert(1)')).toBeNull();
    expect(linkFromInput('file:///C:/rapport.docx')).toBeNull();
    expect(linkFromInput('ftp://example.org')).toBeNull();
    expect(linkFromInput('two words')).toBeNull();
    expect(linkFromInput('hello')).toBeNull();
    expect(linkFromInput('')).toBeNull();
  });
});

describe('isEmbeddedImage', () => {
  it('keeps embedded pictures of the types the core keeps, and nothing else', () => {
    expect(isEmbeddedImage('data:image/png;base64,iVBOR')).toBe(true);
    expect(isEmbeddedImage('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isEmbeddedImage('https://example.org/a.png')).toBe(false);
    expect(isEmbeddedImage('file:///C:/image001.png')).toBe(false);
  });
});
